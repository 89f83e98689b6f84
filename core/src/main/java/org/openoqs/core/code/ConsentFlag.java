package org.openoqs.core.code;

/** OQSCD016 同意区分: the 閲覧/提供同意 flags of a result (…ConsFlg). Value 3 is [S] (one source). */
public enum ConsentFlag implements OqsCode {
    NONE("0", "同意なし"),
    GIVEN("1", "同意あり"),
    EXPIRED("2", "同意有効期限切れ"),
    DIFFICULT("3", "同意取得困難");

    private final String code;
    private final String label;

    ConsentFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
