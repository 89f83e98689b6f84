package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.core.subsidy.ClaimBuilder.claim;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;

class SubsidyClaimTest {

    @Test
    void derivesTheSubsidyCategory() {
        assertThat(claim().type(InstitutionType.DENTAL_CLINIC).build().category()).isEqualTo(SubsidyCategory.CLINIC);
        assertThat(claim().type(InstitutionType.PHARMACY).largeChain(true).build().category())
                .isEqualTo(SubsidyCategory.LARGE_CHAIN_PHARMACY);
    }

    @Test
    void orderAndContractDatesMayBeUnknown() {
        SubsidyClaim claim = claim().build();
        assertThat(claim.readerOrderDate()).isNull();
        assertThat(claim.vendorContractDate()).isNull();
    }

    @Test
    void rejectsALargeChainThatIsNoPharmacy() {
        assertThatThrownBy(() -> claim().type(InstitutionType.HOSPITAL).largeChain(true).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("LargeChainPharmacy"));
    }

    @Test
    void needsAtLeastOneReaderAndANonNegativeCost() {
        assertField(() -> claim().readers(0).build(), "ReaderCount");
        assertField(() -> claim().cost(-1).build(), "EligibleCost");
        assertThat(claim().cost(0).build().eligibleCost()).isZero();
    }

    @Test
    void needsTypeStartApplicationAndCondition() {
        assertField(() -> claim().type(null).build(), "InstitutionType");
        assertField(() -> claim().started(null).build(), "OperationStartDate");
        assertField(() -> claim().applied(null).build(), "ApplicationDate");
        assertField(() -> claim().deferral(null).build(), "Condition");
    }

    private static void assertField(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
