package org.openoqs.app.bench;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The bench tests' gate for the local PostgreSQL: skipped with a message when it is down, failed under OQS_REQUIRE_PG=1. */
final class PostgresForTests {
    private PostgresForTests() {}

    /** Returns when PostgreSQL answers at the bench's default URL; else aborts (skips) or fails the test. */
    static void requireOrSkip(String what) {
        String reason = BenchStore.unreachableReason(BenchCommand.DEFAULT_PG_URL, "postgres", "");
        if (reason == null) return;
        if ("1".equals(System.getenv("OQS_REQUIRE_PG"))) Assertions.fail("OQS_REQUIRE_PG=1 but PostgreSQL: " + reason);
        Assumptions.abort("skipping " + what + ": " + reason);
    }
}
