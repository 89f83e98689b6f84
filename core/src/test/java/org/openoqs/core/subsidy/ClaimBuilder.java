package org.openoqs.core.subsidy;

import java.time.LocalDate;
import org.openoqs.core.institution.InstitutionType;

/**
 * Test fixture: a {@link SubsidyClaim} with plain defaults (a 医科診療所 with one reader, cost 429,000円, no order or
 * contract date, running from 2023-03-01, applying on 2023-04-01, no 猶予届), changed one field at a time.
 */
final class ClaimBuilder {
    private InstitutionType type = InstitutionType.MEDICAL_CLINIC;
    private boolean largeChain;
    private int readers = 1;
    private long cost = 429_000;
    private LocalDate ordered;
    private LocalDate contracted;
    private LocalDate started = LocalDate.of(2023, 3, 1);
    private LocalDate applied = LocalDate.of(2023, 4, 1);
    private DeferralCondition deferral = DeferralCondition.ORIGINAL;

    static ClaimBuilder claim() {
        return new ClaimBuilder();
    }

    static ClaimBuilder claim(SubsidyCategory category) {
        return switch (category) {
            case HOSPITAL -> claim().type(InstitutionType.HOSPITAL);
            case CLINIC -> claim().type(InstitutionType.MEDICAL_CLINIC);
            case PHARMACY -> claim().type(InstitutionType.PHARMACY);
            case LARGE_CHAIN_PHARMACY -> claim().type(InstitutionType.PHARMACY).largeChain(true);
        };
    }

    ClaimBuilder type(InstitutionType value) { type = value; return this; }

    ClaimBuilder largeChain(boolean value) { largeChain = value; return this; }

    ClaimBuilder readers(int value) { readers = value; return this; }

    ClaimBuilder cost(long value) { cost = value; return this; }

    ClaimBuilder ordered(String isoDate) { ordered = date(isoDate); return this; }

    ClaimBuilder contracted(String isoDate) { contracted = date(isoDate); return this; }

    ClaimBuilder started(String isoDate) { started = date(isoDate); return this; }

    ClaimBuilder applied(String isoDate) { applied = date(isoDate); return this; }

    ClaimBuilder deferral(DeferralCondition value) { deferral = value; return this; }

    SubsidyClaim build() {
        return new SubsidyClaim(type, largeChain, readers, cost, ordered, contracted, started, applied, deferral);
    }

    private static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
