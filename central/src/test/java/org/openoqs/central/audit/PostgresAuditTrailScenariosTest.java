package org.openoqs.central.audit;

import org.openoqs.central.support.PostgresTestDatabase;

/** The audit trail on PostgreSQL, in a fresh schema. */
class PostgresAuditTrailScenariosTest extends AuditTrailScenarios {
    @Override
    String[] database() {
        return new String[] {PostgresTestDatabase.freshSchemaUrl(), PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD};
    }
}
