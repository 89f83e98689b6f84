package org.openoqs.core.fees;

import org.openoqs.core.InvalidValueException;

/** The kind of visit an addition is claimed on: 初診, 再診, 調剤 (the pharmacy's 調剤基本料) or 在宅. */
public enum FeeVisit {
    FIRST("初診"), REVISIT("再診"), DISPENSING("調剤"), HOME("在宅");

    public static final String FIELD = "Visit";
    private final String label;

    FeeVisit(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** Reads the code name as written in the table. */
    public static FeeVisit parse(String raw) {
        for (FeeVisit v : values()) {
            if (v.name().equals(raw)) return v;
        }
        throw new InvalidValueException(FIELD, raw, "must be FIRST, REVISIT, DISPENSING or HOME");
    }
}
