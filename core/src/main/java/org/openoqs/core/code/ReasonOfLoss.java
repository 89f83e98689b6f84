package org.openoqs.core.code;

/** OQSCD008 資格喪失事由. */
public enum ReasonOfLoss implements OqsCode {
    DEATH("01", "死亡"),
    PUBLIC_ASSISTANCE("02", "生活保護受給開始"),
    OTHER_INSURANCE("03", "医療保険等の資格取得"),
    OTHER("99", "その他");

    private final String code;
    private final String label;

    ReasonOfLoss(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
