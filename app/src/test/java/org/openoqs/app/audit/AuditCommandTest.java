package org.openoqs.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.OqsCommand;
import org.openoqs.central.audit.AuditEntryStore;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditSettings;
import org.openoqs.central.audit.GroupCommitAuditTrail;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.StoredAuditRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import picocli.CommandLine;

/** {@code oqs audit verify|list} on an embedded store written by the real trail, then tampered with by SQL. */
class AuditCommandTest {
    @TempDir Path dir;
    List<StoredAuditRecord> chain;

    record Run(int exit, String out, String err) {}

    Path data() {
        return dir.resolve("data");
    }

    /** central's own URL for the store, as {@code oqs serve} would open it. */
    void withStore(Consumer<JdbcTemplate> work) {
        var db = new SingleConnectionDataSource("jdbc:h2:file:" + data().resolve("central") + ";DB_CLOSE_ON_EXIT=FALSE",
                "sa", "", true);
        try {
            work.accept(new JdbcTemplate(db));
        } finally {
            db.destroy();
        }
    }

    List<StoredAuditRecord> append(int count) {
        List<StoredAuditRecord> appended = new ArrayList<>();
        withStore(jdbc -> {
            Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").load().migrate();
            try (var trail = GroupCommitAuditTrail.start(new AuditEntryStore(jdbc), Clock.system(ZoneId.of("Asia/Tokyo")),
                    AuditSettings.defaults())) {
                appended.addAll(trail.appendAll(IntStream.rangeClosed(1, count).mapToObj(i -> new AuditEvent(
                        AuditAction.QUALIFICATION_CONFIRMATION, "1312345679", i % 2 == 0 ? "PK-EVEN" : "PK-ODD",
                        "01130012", "1", "QualificationConfirmationDate=20260501")).toList()));
            }
        });
        return appended;
    }

    @BeforeEach
    void fiveEntries() {
        chain = append(5);
    }

    Run oqs(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 3];
            all[0] = "audit";
            System.arraycopy(args, 0, all, 1, args.length);
            all[args.length + 1] = "--data-dir";
            all[args.length + 2] = data().toString();
            return new Run(new CommandLine(new OqsCommand()).execute(all), out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void anIntactChainIsReportedWithItsHead() {
        Run run = oqs("verify");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("audit chain OK: 5 entries, head 5:" + chain.get(4).hash() + "\n");
    }

    @Test
    void anEditedEntryIsNamedWithExitOne() {
        withStore(jdbc -> jdbc.update("UPDATE audit_entry SET institution_code = '2712345673' WHERE sequence = 3"));
        Run run = oqs("verify");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("audit chain BROKEN at sequence 3: hash mismatch: the entry was edited");
    }

    @Test
    void deletedEntriesAreNamed() {
        withStore(jdbc -> jdbc.update("DELETE FROM audit_entry WHERE sequence = 2"));
        Run middle = oqs("verify");
        assertThat(middle.exit()).isEqualTo(1);
        assertThat(middle.out()).startsWith("audit chain BROKEN at sequence 2: sequence gap: entries were deleted");
    }

    @Test
    void aHeadKeptElsewhereRevealsWhatTheDatabaseAloneCannot() {
        String logged = chain.get(4).head().toString();
        assertThat(oqs("verify", "--expect-head", logged).exit()).isZero();
        // The newest entries deleted, and the recorded head moved back with them: consistent inside the database.
        withStore(jdbc -> {
            jdbc.update("DELETE FROM audit_entry WHERE sequence > 3");
            jdbc.update("UPDATE audit_head SET sequence = 3, hash = ?", chain.get(2).hash());
        });
        assertThat(oqs("verify").exit()).isZero();
        Run run = oqs("verify", "--expect-head", logged);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("audit chain BROKEN at sequence 4: truncated: the newest entries were deleted");
        Run other = oqs("verify", "--expect-head", "2:" + chain.get(3).hash());
        assertThat(other.out()).startsWith("audit chain BROKEN at sequence 2: head mismatch");
    }

    @Test
    void aMalformedHeadIsAUsageError() {
        Run run = oqs("verify", "--expect-head", "5:not-a-hash");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--expect-head", "64 lower-case hex digits");
    }

    @Test
    void aMissingStoreCannotBeVerified() {
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        Run run = new Run(new CommandLine(new OqsCommand()).setErr(new java.io.PrintWriter(ignored))
                .execute("audit", "verify", "--data-dir", dir.resolve("nowhere").toString()), "", "");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(dir.resolve("nowhere/central.mv.db")).doesNotExist();
    }

    @Test
    void aStoreWithoutTheAuditTablesCannotBeVerified() {
        withStore(jdbc -> jdbc.execute("DROP TABLE audit_head"));
        Run run = oqs("verify");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("cannot read the audit trail:").containsIgnoringCase("audit_head");
    }

    @Test
    void aStoreCentralHasNotMigratedYetIsRefusedWithWhatToDo() throws Exception {
        java.nio.file.Files.delete(data().resolve("central.mv.db"));
        withStore(jdbc -> Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration")
                .target("7").load().migrate());
        for (String command : List.of("verify", "list --person-key PK-EVEN")) {
            Run run = oqs(command.split(" "));
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).startsWith("cannot read the audit trail:")
                    .contains("schema is at version 7", "read version 8 or later", "start central on it once");
        }
        withStore(jdbc -> Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").load().migrate());
        assertThat(oqs("verify").exit()).isZero();
    }

    @Test
    void largeLogsShowProgress() {
        append(12_000);
        Run run = oqs("verify");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("audit chain OK: 12005 entries");
        assertThat(run.err()).contains("verifying audit chain", "100%");
    }

    @Test
    void listShowsOnePersonsEntriesNewestFirst() {
        Run run = oqs("list", "--person-key", "PK-EVEN");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("4  ").contains("QUALIFICATION_CONFIRMATION", "資格確認（被保険者証）",
                "institution=1312345679", "subject=01130012", "outcome=1", "detail=QualificationConfirmationDate=20260501");
        assertThat(lines.get(1)).startsWith("2  ");
        assertThat(oqs("list", "--person-key", "PK-EVEN", "--limit", "1", "--offset", "1").out()).startsWith("2  ");
    }
}
