package org.openoqs.portal.account;

/**
 * Portal users who are not institutions. OPERATOR is the 支払基金 reviewer of applications; MHLW (厚生労働省) and
 * PREFECTURE (都道府県, bound to one prefecture) read the adoption figures.
 */
public enum StaffRole {
    OPERATOR("支払基金"), MHLW("厚生労働省"), PREFECTURE("都道府県");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
