package org.openoqs.portal.subsidy;

/** 補助金申請 status: a draft the institution edits, then the operator's review as for other applications. */
public enum SubsidyStatus {
    DRAFT("作成中"), SUBMITTED("審査中"), APPROVED("交付決定"), RETURNED("差戻し");

    private final String label;

    SubsidyStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The institution may change costs and documents only before submission or after a return. */
    public boolean editable() { return this == DRAFT || this == RETURNED; }
}
