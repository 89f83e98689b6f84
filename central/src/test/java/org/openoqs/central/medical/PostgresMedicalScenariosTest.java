package org.openoqs.central.medical;

import org.openoqs.central.support.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The medical-information scenarios on the real PostgreSQL server. */
class PostgresMedicalScenariosTest extends MedicalScenarios {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
