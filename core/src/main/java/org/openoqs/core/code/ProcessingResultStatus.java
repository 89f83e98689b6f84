package org.openoqs.core.code;

/** OQSCD004 処理結果状況 of one person. */
public enum ProcessingResultStatus implements OqsCode {
    NORMAL("1", "正常終了"),
    ERROR("2", "エラー");

    private final String code;
    private final String label;

    ProcessingResultStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
