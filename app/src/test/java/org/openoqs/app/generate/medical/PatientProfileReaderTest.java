package org.openoqs.app.generate.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.app.generate.AddressPool;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.code.Sex;

class PatientProfileReaderTest {

    @Test
    void readsDistinctPersonsWithTheirPlaceAndDeath() throws IOException {
        String csv = "PersonKey,Sex1,Birthdate,Address,DisqualificationDate,ReasonOfLoss\n"
                + "PK1,1,19700101,東京都千代田区千代田１丁目,20250401,03\n"
                + "PK2,2,19400202,大阪府堺市南町２丁目,20251001,01\n"
                + "PK1,1,19700101,東京都千代田区千代田１丁目,,\n"
                + "PK3,2,19900303,どこか,,\n";
        List<PatientProfile> profiles = new ArrayList<>();
        try (PatientProfileReader reader = new PatientProfileReader(new StringReader(csv), new AddressPool())) {
            reader.forEach(profiles::add);
        }
        assertThat(profiles).extracting(PatientProfile::personKey).containsExactly("PK1", "PK2", "PK3");
        PatientProfile first = profiles.get(0);
        assertThat(first.prefecture()).isEqualTo(Prefecture.TOKYO);
        assertThat(first.municipality().name()).isEqualTo("千代田区");
        assertThat(first.deathDate()).isNull();
        assertThat(first.sex()).isEqualTo(Sex.MALE);
        PatientProfile died = profiles.get(1);
        assertThat(died.municipality().name()).isEqualTo("堺市");
        assertThat(died.deathDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(died.lastDay(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(profiles.get(2).municipality()).isNull();
    }
}
