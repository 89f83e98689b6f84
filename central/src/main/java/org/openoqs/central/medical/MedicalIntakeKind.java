package org.openoqs.central.medical;

/**
 * The medical intake files: {@code drug-dispensings.csv} (薬剤情報) and {@code health-checkups.csv} (特定健診情報).
 * {@link #kind()} names the endpoint ({@code /api/v1/insurer/<kind>}) and is recorded with each intake attempt.
 */
public enum MedicalIntakeKind {
    DRUG_DISPENSINGS("drug-dispensings"),
    HEALTH_CHECKUPS("health-checkups");

    private final String kind;

    MedicalIntakeKind(String kind) {
        this.kind = kind;
    }

    public String kind() { return kind; }

    /** The file name generators write and the default name of an upload. */
    public String fileName() { return kind + ".csv"; }
}
