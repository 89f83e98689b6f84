package org.openoqs.central.bulk;

/** The two-phase bulk messages central handles: 一括照会 and 照会番号一括登録 (reference §1.4). */
public enum BulkKind {
    /** OQSmuquc01req → 01res (ReceptionNumber) → OQSmuquc02req → 02res. */
    CONFIRMATION("OQSmuquc"),
    /** OQSmuimm01req → 01res → OQSmuimm02req → 02res. */
    REFERENCE_NUMBER_REGISTRATION("OQSmuimm");

    private final String prefix;

    BulkKind(String prefix) { this.prefix = prefix; }

    /** The file-name prefix, also what the database stores. */
    public String prefix() { return prefix; }

    static BulkKind ofPrefix(String prefix) {
        for (BulkKind k : values()) if (k.prefix.equals(prefix)) return k;
        throw new IllegalArgumentException("unknown bulk kind " + prefix);
    }
}
