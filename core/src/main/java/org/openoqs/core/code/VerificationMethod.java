package org.openoqs.core.code;

/** How the patient was verified at the card reader. OpenOQS's own code (the official value set is not public [I]); 1 and 2 follow the 生体情報/記憶 order of OQSCD041/042 loosely. */
public enum VerificationMethod implements OqsCode {
    FACE("1", "顔認証"),
    PIN("2", "暗証番号"),
    VISUAL("3", "目視確認");

    private final String code;
    private final String label;

    VerificationMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
