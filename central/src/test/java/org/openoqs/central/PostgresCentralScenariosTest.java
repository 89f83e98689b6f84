package org.openoqs.central;

import org.openoqs.central.support.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same scenarios on the real PostgreSQL server (the production store). */
class PostgresCentralScenariosTest extends BulkScenarios {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
