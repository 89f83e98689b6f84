package org.openoqs.central.medical;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The medical-information scenarios on the embedded H2 file store. */
class H2MedicalScenariosTest extends MedicalScenarios {
    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("oqs-h2-medical-");
        registry.add("oqs.data-dir", dir::toString);
    }
}
