package org.openoqs.core.code;

/** OQSCD015 未就学区分. Only 1 is confirmed; 2 就学中 appears in one source and is accepted. */
public enum PreschoolClassification implements OqsCode {
    PRESCHOOL("1", "未就学"),
    SCHOOL("2", "就学中");

    private final String code;
    private final String label;

    PreschoolClassification(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
