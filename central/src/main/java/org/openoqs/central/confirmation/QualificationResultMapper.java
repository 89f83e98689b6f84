package org.openoqs.central.confirmation;

import java.time.LocalDateTime;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.qualification.ElderlyRecipientCertificate;
import org.openoqs.core.qualification.LimitApplicationCertificate;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.qualification.ElderlyRecipientCertificateInfo;
import org.openoqs.wire.qualification.LimitApplicationCertificateRelatedInfo;
import org.openoqs.wire.qualification.ResultOfQualificationConfirmation;

/**
 * A stored record as a {@code ResultOfQualificationConfirmation}. The 限度額適用認定証 block leaves the server only
 * when the patient consented; the consent flag and time are echoed either way.
 */
public final class QualificationResultMapper {
    private QualificationResultMapper() {}

    public static ResultOfQualificationConfirmation toResult(QualificationRecord r, boolean limitConsent, LocalDateTime consentTime) {
        return new ResultOfQualificationConfirmation(code(r.insuredCardClassification()), r.insurerNumber().padded(),
                r.card().symbol(), r.card().identificationNumber(), r.card().branchNumber(),
                code(r.personalFamilyClassification()), r.insuredName(), r.name(), null, r.nameKana(), null,
                code(r.sex1()), null, OqsDates.format(r.birthdate()), r.address(), r.postNumber(),
                OqsDates.format(r.qualificationDate()), OqsDates.format(r.disqualificationDate()),
                OqsDates.format(r.insuredCertificateIssuanceDate()), OqsDates.format(r.insuredCardValidDate()),
                OqsDates.format(r.insuredCardExpirationDate()), r.insuredPartialContributionRatio(),
                code(r.preschoolClassification()), code(r.reasonOfLoss()), r.insurerName(),
                elderly(r.elderlyRecipientCertificate()), limitConsent ? "1" : "0",
                limitConsent ? OqsDates.format(consentTime) : null,
                limitConsent ? limit(r.limitApplicationCertificate()) : null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ElderlyRecipientCertificateInfo elderly(ElderlyRecipientCertificate e) {
        if (e == null) return null;
        return new ElderlyRecipientCertificateInfo(OqsDates.format(e.certificateDate()), OqsDates.format(e.validStartDate()),
                OqsDates.format(e.validEndDate()), e.contributionRatio());
    }

    private static LimitApplicationCertificateRelatedInfo limit(LimitApplicationCertificate l) {
        if (l == null) return null;
        return new LimitApplicationCertificateRelatedInfo(code(l.classification()), code(l.classificationFlag()),
                OqsDates.format(l.certificateDate()), OqsDates.format(l.validStartDate()),
                OqsDates.format(l.validEndDate()), OqsDates.format(l.longTermDate()));
    }

    private static String code(OqsCode c) {
        return c == null ? null : c.code();
    }
}
