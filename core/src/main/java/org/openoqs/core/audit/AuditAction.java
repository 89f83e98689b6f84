package org.openoqs.core.audit;

import java.util.Arrays;
import java.util.Optional;
import org.openoqs.core.code.ReferenceClassification;

/**
 * What an audit entry records. The constant's {@link #name()} is what is stored and hashed, so a constant must never
 * be renamed or removed once entries with it exist (the old entries would no longer verify); add new ones instead.
 * Labels are the Japanese texts of the patient page.
 */
public enum AuditAction {
    /** 資格確認 by 被保険者証 data, one OQSsiquc01req (照会区分 2). */
    QUALIFICATION_CONFIRMATION("資格確認（被保険者証）", ReferenceClassification.INSURANCE_CARD),
    /** 資格確認 by My Number card (照会区分 1). */
    CARD_CONFIRMATION("資格確認（マイナ保険証）", ReferenceClassification.MY_NUMBER_CARD),
    /** One person of a 一括照会 (OQSmuquc01req); a file of n persons gives n entries. */
    BULK_CONFIRMATION("資格確認（一括照会）", ReferenceClassification.INSURANCE_CARD),
    /** 薬剤情報・特定健診情報 etc. shown to an institution. */
    MEDICAL_INFORMATION_VIEW("診療・薬剤情報等の閲覧", null),
    CONSENT_GIVEN("情報提供への同意", null),
    CONSENT_WITHDRAWN("同意の撤回", null),
    /** An insurer tied a card certificate to the person (紐付け). */
    CARD_LINK("マイナンバーカードの紐付け", null),
    /** The patient signed in to see this very log. */
    PATIENT_SIGN_IN("本人によるログイン", null);

    private final String label;
    private final ReferenceClassification referenceClassification;

    AuditAction(String label, ReferenceClassification referenceClassification) {
        this.label = label;
        this.referenceClassification = referenceClassification;
    }

    /** Japanese text for the patient page, e.g. 資格確認（マイナ保険証）. */
    public String label() { return label; }

    /** The 照会区分 of a confirmation action; empty for the others. */
    public Optional<ReferenceClassification> referenceClassification() {
        return Optional.ofNullable(referenceClassification);
    }

    /** The action stored under {@code name}, if it is one. */
    public static Optional<AuditAction> find(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
