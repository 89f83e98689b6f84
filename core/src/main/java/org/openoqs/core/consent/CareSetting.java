package org.openoqs.core.consent;

import org.openoqs.core.code.MedicalTreatmentFlag;

/**
 * The care setting a consent is given for; it decides how long a 閲覧同意 lasts (reference oqs-rules §6.4 [C]):
 * outpatient and fever-clinic consent is valid for 24 hours; inpatient care and home visits (居宅同意取得型) keep it
 * for as long as continuous care goes on, until the patient withdraws. Online consultations take consent per visit
 * like the outpatient flow [C]; emergency viewing is treated as per visit [I].
 */
public enum CareSetting {
    OUTPATIENT("外来", false, MedicalTreatmentFlag.OUTPATIENT),
    INPATIENT("入院", true, MedicalTreatmentFlag.OUTPATIENT),
    HOME_VISIT("訪問診療", true, MedicalTreatmentFlag.HOME_VISIT),
    ONLINE("オンライン診療", false, MedicalTreatmentFlag.ONLINE),
    EMERGENCY("救急時", false, MedicalTreatmentFlag.EMERGENCY);

    private final String label;
    private final boolean untilWithdrawn;
    private final MedicalTreatmentFlag treatmentFlag;

    CareSetting(String label, boolean untilWithdrawn, MedicalTreatmentFlag treatmentFlag) {
        this.label = label;
        this.untilWithdrawn = untilWithdrawn;
        this.treatmentFlag = treatmentFlag;
    }

    public String label() { return label; }

    /** True when a 閲覧同意 given in this setting has no fixed expiry. */
    public boolean untilWithdrawn() { return untilWithdrawn; }

    /**
     * The OQSCD028 診療区分 closest to this setting. OQSCD028 has no 入院 value; inpatient viewing is requested as
     * 外来 [I].
     */
    public MedicalTreatmentFlag treatmentFlag() { return treatmentFlag; }
}
