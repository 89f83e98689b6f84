package org.openoqs.app.audit;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.core.audit.AuditRecord;
import org.openoqs.core.audit.StoredAuditRecord;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs audit list --person-key PK}: a person's entries, newest first, one a line — what the patient page shows. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List one person's audit entries, newest first.")
public class AuditListCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    @Option(names = "--person-key", required = true, description = "The PersonKey whose entries to list.")
    String personKey;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many of the newest entries first.")
    int offset;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (AuditDatabase database = AuditDatabase.open(storeOptions.store())) {
            for (StoredAuditRecord entry : database.entries().findByPerson(personKey, limit, offset)) {
                System.out.println(line(entry.record()));
            }
            return 0;
        } catch (IllegalArgumentException | DataAccessException e) {
            System.err.println("cannot read the audit trail: " + reason(e));
            return AuditCommand.UNREADABLE;
        }
    }

    static String line(AuditRecord r) {
        return String.join("  ", Long.toString(r.sequence()), TIME.format(r.recordedAt()), r.action().name(),
                r.action().label(), "institution=" + dash(r.institutionCode()), "subject=" + dash(r.subject()),
                "outcome=" + dash(r.outcome()), "detail=" + dash(r.detail()));
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    /** The innermost message: the database's own words (file in use, table missing) rather than Spring's wrapping. */
    static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) cause = cause.getCause();
        return cause.getMessage();
    }
}
