package org.openoqs.core.code;

/** OQSCD003 処理結果区分 of a whole message. One source reads 3 as 異常終了; readers should accept it (see the wire layer). */
public enum SegmentOfResult implements OqsCode {
    NORMAL("1", "正常終了"),
    PROCESSING("2", "処理中"),
    ABNORMAL("9", "異常終了");

    private final String code;
    private final String label;

    SegmentOfResult(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
