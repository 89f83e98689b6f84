package org.openoqs.core.code;

/** OQSCD005 文字コード識別 of a result file: majority reading 0 UTF-8, 1 Shift_JIS (one source: 1 UTF-8, 2 Shift_JIS; readers detect the real encoding from the declaration). */
public enum CharacterCodeIdentifier implements OqsCode {
    UTF_8("0", "UTF-8"),
    SHIFT_JIS("1", "Shift_JIS");

    private final String code;
    private final String label;

    CharacterCodeIdentifier(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
