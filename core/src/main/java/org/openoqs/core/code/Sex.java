package org.openoqs.core.code;

/** OQSCD007 性別. */
public enum Sex implements OqsCode {
    MALE("1", "男"),
    FEMALE("2", "女"),
    UNSET("3", "未設定");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
