package org.openoqs.central;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scenarios on the embedded H2 file store (the default store). */
class H2CentralScenariosTest extends BulkScenarios {
    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("oqs-h2-");
        registry.add("oqs.data-dir", dir::toString);
    }
}
