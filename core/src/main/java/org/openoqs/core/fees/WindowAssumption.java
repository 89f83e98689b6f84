package org.openoqs.core.fees;

import org.openoqs.core.InvalidValueException;

/**
 * How the frequency windows (3月に1回, 6月に1回, 12月に1回) are counted, given that every eligible visit is the
 * patient's first of the month (the leaflet's premise, so 月1回 never bites). RECURRING_PATIENTS: the same eligible
 * patients come every month, so a k-month row earns once per k months (12/k times a year) — this is what gives the
 * leaflet's 31,800円/年 for the pharmacy on paper cards. NEW_PATIENTS: each month's eligible patients are new, so no
 * window ever bites (an upper bound).
 */
public enum WindowAssumption {
    RECURRING_PATIENTS("同じ患者が毎月来る（3月に1回の加算は3か月に1度）"),
    NEW_PATIENTS("毎月新しい患者（算定回数の制限にかからない）");

    public static final String FIELD = "windows";
    private final String label;

    WindowAssumption(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** Whether a row with this window earns in month {@code index} (0–11) of a year whose windows all open in month 0. */
    boolean earns(int windowMonths, int index) {
        return this == NEW_PATIENTS || index % windowMonths == 0;
    }

    public static WindowAssumption parse(String raw) {
        for (WindowAssumption w : values()) {
            if (w.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) return w;
        }
        throw new InvalidValueException(FIELD, raw, "must be RECURRING_PATIENTS or NEW_PATIENTS");
    }
}
