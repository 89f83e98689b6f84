package org.openoqs.central.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Fresh, migrated stores for tests below the Spring context: an in-memory H2 and a new PostgreSQL schema. */
public final class TestStores {
    private TestStores() {}

    public static DataSource h2() {
        return migrated(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** Skips the test (or fails it under {@code OQS_REQUIRE_PG=1}) when PostgreSQL is not reachable. */
    public static DataSource postgres() {
        return migrated(new DriverManagerDataSource(PostgresTestDatabase.freshSchemaUrl(), PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD));
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
