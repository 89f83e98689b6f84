package org.openoqs.terminal.viewer;

import org.openoqs.core.consent.ConsentCategory;

/** The two kinds of medical information the viewer opens, with the request each needs [C] reference §2.7. */
public enum MedicalInformationKind {
    DRUGS("YZKsiquc01req", ConsentCategory.PHARMACISTS_INFO, "薬剤情報", "drugs"),
    CHECKUPS("TKKsiquc01req", ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, "特定健診情報", "checkups");

    private final String messageId;
    private final ConsentCategory consent;
    private final String label;
    private final String path;

    MedicalInformationKind(String messageId, ConsentCategory consent, String label, String path) {
        this.messageId = messageId;
        this.consent = consent;
        this.label = label;
        this.path = path;
    }

    public String messageId() { return messageId; }

    /** The 閲覧同意 central checks before answering. */
    public ConsentCategory consent() { return consent; }

    public String label() { return label; }

    /** The URL segment, e.g. {@code /viewer/patients/{id}/drugs}. */
    public String path() { return path; }
}
