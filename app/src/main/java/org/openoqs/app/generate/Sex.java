package org.openoqs.app.generate;

/** Sex as written in {@code Sex1} (OQSCD007): 1 男, 2 女. The generator never writes 3 未設定. */
public enum Sex {
    MALE("1"), FEMALE("2");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() { return code; }

    public Sex opposite() { return this == MALE ? FEMALE : MALE; }
}
