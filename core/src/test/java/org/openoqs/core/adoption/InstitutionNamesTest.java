package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openoqs.core.institution.InstitutionType;

class InstitutionNamesTest {
    @Test
    void namesFollowTheTypesPatternsAndVary() {
        Random random = new Random(1);
        Set<String> clinics = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            clinics.add(InstitutionNames.next(random, InstitutionType.MEDICAL_CLINIC));
            assertThat(InstitutionNames.next(random, InstitutionType.PHARMACY)).containsAnyOf("薬局", "ファーマシー");
            assertThat(InstitutionNames.next(random, InstitutionType.HOSPITAL)).endsWith("病院").doesNotContain("%s");
        }
        assertThat(clinics).hasSizeGreaterThan(100);
    }
}
