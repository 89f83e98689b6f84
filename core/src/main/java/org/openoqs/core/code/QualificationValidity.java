package org.openoqs.core.code;

/** OQSCD006 資格有効性. */
public enum QualificationValidity implements OqsCode {
    VALID("1", "有効"),
    INVALID("2", "無効"),
    INVALID_NEWER_EXISTS("3", "無効（新しい資格あり）"),
    NOT_FOUND("4", "該当資格なし"),
    MULTIPLE("5", "複数該当"),
    VALID_UNREGISTERED("6", "有効（未登録）");

    private final String code;
    private final String label;

    QualificationValidity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
