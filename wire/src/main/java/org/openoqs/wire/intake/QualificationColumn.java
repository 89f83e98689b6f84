package org.openoqs.wire.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the insurer intake CSV (UTF-8, header row). Column names are the OQS element names, so the same
 * vocabulary runs from the insurer's file to the confirmation result. Optional columns may be absent; columns may come
 * in any order.
 */
public enum QualificationColumn implements IntakeColumn {
    PersonKey(true), InsurerNumber(true), InsurerName(false), InsuredCardSymbol(false),
    InsuredIdentificationNumber(true), InsuredBranchNumber(false), PersonalFamilyClassification(true),
    InsuredCardClassification(false), Name(true), NameKana(false), Sex1(true), Birthdate(true), Address(false),
    PostNumber(false), InsuredName(false), QualificationDate(true), DisqualificationDate(false), ReasonOfLoss(false),
    InsuredCertificateIssuanceDate(false), InsuredCardValidDate(false), InsuredCardExpirationDate(false),
    InsuredPartialContributionRatio(false), PreschoolClassification(false), ElderlyRecipientCertificateDate(false),
    ElderlyRecipientValidStartDate(false), ElderlyRecipientValidEndDate(false),
    ElderlyRecipientContributionRatio(false), LimitApplicationCertificateClassification(false),
    LimitApplicationCertificateClassificationFlag(false), LimitApplicationCertificateDate(false),
    LimitApplicationCertificateValidStartDate(false), LimitApplicationCertificateValidEndDate(false),
    LimitApplicationCertificateLongTermDate(false);

    private final boolean required;

    QualificationColumn(boolean required) {
        this.required = required;
    }

    /** Whether the column must be present in the header and non-empty in every row. */
    public boolean required() { return required; }

    /** All column names in canonical order (the order the generator writes). */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    public static Optional<QualificationColumn> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
