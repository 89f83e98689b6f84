package org.openoqs.core.subsidy;

import org.openoqs.core.InvalidValueException;

/**
 * How sure the reference (oqs-rules.md legend) is of a table row: the portal shows it next to an amount so that a
 * figure resting on a secondary source or an assumption is never mistaken for a published rule.
 */
public enum Confidence {
    /** [C] stated in the cited source, or recomputed from its own worked example. */
    C("confirmed"),
    /** [S] one secondary source, or inferred from confirmed figures. */
    S("secondary"),
    /** [U] not found: a design assumption, not a fact. */
    U("unknown");

    public static final String FIELD = "Confidence";
    private final String meaning;

    Confidence(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() { return meaning; }

    /** Reads C, S or U as written in the tables. */
    public static Confidence parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        for (Confidence c : values()) {
            if (c.name().equals(s)) return c;
        }
        throw new InvalidValueException(FIELD, raw, "must be C, S or U");
    }
}
