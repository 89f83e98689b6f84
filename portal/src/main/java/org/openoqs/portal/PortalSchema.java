package org.openoqs.portal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the shared store up to date before the portal uses it: first central's schema (the portal writes central's
 * {@code terminal_certificate} table; a no-op when central has migrated already), then the portal's own tables under
 * their own history table {@code portal_schema_history}, so the two schemas evolve independently.
 */
public final class PortalSchema {
    public static final String HISTORY_TABLE = "portal_schema_history";

    private PortalSchema() {}

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/portal").table(HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
