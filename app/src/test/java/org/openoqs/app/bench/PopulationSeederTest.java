package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the bench lets PostgreSQL settle after a load: the CHECKPOINT, and a user who may not run one. */
class PopulationSeederTest {
    @BeforeEach
    void needsPostgres() {
        PostgresForTests.requireOrSkip("the PostgreSQL checkpoint tests");
    }

    @Test
    void aSuperuserCheckpoints() throws Exception {
        try (Connection c = DriverManager.getConnection(BenchCommand.DEFAULT_PG_URL, "postgres", "");
             Statement st = c.createStatement()) {
            assertThat(PopulationSeeder.checkpoint(st)).startsWith("VACUUM (ANALYZE) and CHECKPOINT after the load");
        }
    }

    @Test
    void aUserWhoMayNotCheckpointIsToldWhatThatMeans() throws Exception {
        String role = "oqs_no_checkpoint_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection admin = DriverManager.getConnection(BenchCommand.DEFAULT_PG_URL, "postgres", "");
             Statement a = admin.createStatement()) {
            a.execute("CREATE ROLE " + role + " LOGIN");
            try (Connection c = DriverManager.getConnection(BenchCommand.DEFAULT_PG_URL, role, "");
                 Statement st = c.createStatement()) {
                assertThat(PopulationSeeder.checkpoint(st)).startsWith("VACUUM (ANALYZE) after the load; CHECKPOINT is not allowed")
                        .contains("the checkpointer may still be writing");
            } finally {
                a.execute("DROP ROLE " + role);
            }
        }
    }
}
