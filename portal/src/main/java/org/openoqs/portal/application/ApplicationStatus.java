package org.openoqs.portal.application;

/** Where an application stands with the 支払基金 operator. */
public enum ApplicationStatus {
    SUBMITTED("審査中"), APPROVED("承認済み"), RETURNED("差戻し");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
