package org.openoqs.core.code;

/** OQSCD017 処方箋発行形態, chosen by the patient at the card reader. */
public enum PrescriptionIssueSelect implements OqsCode {
    ELECTRONIC("1", "電子処方箋"),
    PAPER("2", "紙の処方箋");

    private final String code;
    private final String label;

    PrescriptionIssueSelect(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
