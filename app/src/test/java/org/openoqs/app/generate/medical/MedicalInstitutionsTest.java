package org.openoqs.app.generate.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.app.generate.AddressPool;
import org.openoqs.app.generate.Municipality;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.number.MedicalInstitutionCode;

class MedicalInstitutionsTest {
    final AddressPool addresses = new AddressPool();
    final MedicalInstitutions institutions = new MedicalInstitutions(addresses);

    @Test
    void everyMunicipalityHasClinicsAndPharmaciesWithValidUniqueCodes() {
        List<MedicalInstitutions.Institution> all = new ArrayList<>();
        for (Municipality m : addresses.municipalities()) {
            MedicalInstitutions.Local local = institutions.near(m.prefecture(), m);
            assertThat(local.clinics()).hasSize(5).allSatisfy(c -> {
                assertThat(c.code().feeSchedule()).isEqualTo(MedicalInstitutionCode.FeeSchedule.MEDICAL);
                assertThat(c.code().prefecture()).isEqualTo(m.prefecture());
                assertThat(c.name()).startsWith(m.shortName());
            });
            assertThat(local.pharmacies()).hasSize(3).allSatisfy(p -> assertThat(p.pharmacy()).isTrue());
            all.addAll(local.clinics());
            all.addAll(local.pharmacies());
        }
        assertThat(all).extracting(i -> MedicalInstitutionCode.parse(i.code().value())).doesNotHaveDuplicates();
    }

    @Test
    void theSameMunicipalityGetsTheSameInstitutions() {
        Municipality m = addresses.municipalities().get(0);
        assertThat(institutions.near(m.prefecture(), m)).isEqualTo(new MedicalInstitutions(addresses).near(m.prefecture(), m));
    }

    @Test
    void anAddressOutsideTheKnownMunicipalitiesStillGetsInstitutions() {
        MedicalInstitutions.Local local = institutions.near(Prefecture.OKINAWA, null);
        assertThat(local.clinics().get(0).name()).startsWith("沖縄");
        assertThat(local.clinics().get(0).code().value()).startsWith("47199");
    }
}
