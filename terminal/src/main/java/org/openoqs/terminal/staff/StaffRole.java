package org.openoqs.terminal.staff;

/**
 * What a terminal account may do. {@link #ADMIN} is the 管理アカウント of the real terminal: it changes the card-reader
 * settings and is the only account that may switch the reader to 目視確認 [C] rules §6.3. {@link #VIEWER} is for the
 * doctors and pharmacists who may view 薬剤情報 and 特定健診情報 [C] rules §6.4 (the institution decides who gets one).
 */
public enum StaffRole {
    ADMIN("管理アカウント"),
    VIEWER("閲覧（医師・薬剤師等）");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() { return "ROLE_" + name(); }
}
