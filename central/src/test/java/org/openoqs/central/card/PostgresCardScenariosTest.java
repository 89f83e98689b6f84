package org.openoqs.central.card;

import org.openoqs.central.support.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The card scenarios on the real PostgreSQL server. */
class PostgresCardScenariosTest extends CardScenarios {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
