package org.openoqs.core.code;

/** OQSCD001 限度額適用認定証提供同意フラグ. */
public enum LimitConsentFlag implements OqsCode {
    NOT_GIVEN("0", "未同意"),
    GIVEN("1", "同意");

    private final String code;
    private final String label;

    LimitConsentFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
