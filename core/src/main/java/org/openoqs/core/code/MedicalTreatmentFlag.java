package org.openoqs.core.code;

/** OQSCD028 診療区分 of a 薬剤情報/特定健診情報 request (MedicalTreatmentFlag) [S8; S4 uses 1–3]. */
public enum MedicalTreatmentFlag implements OqsCode {
    OUTPATIENT("1", "外来"),
    HOME_VISIT("2", "訪問診療等"),
    ONLINE("3", "オンライン診療等"),
    EMERGENCY("4", "救急時");

    private final String code;
    private final String label;

    MedicalTreatmentFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
