package org.openoqs.central.card;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The card scenarios on the embedded H2 file store. */
class H2CardScenariosTest extends CardScenarios {
    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("oqs-h2-card-");
        registry.add("oqs.data-dir", dir::toString);
    }
}
