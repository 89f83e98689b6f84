package org.openoqs.app.audit;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.central.audit.AuditEntryStore;
import org.openoqs.central.audit.AuditTrailVerifier;
import org.openoqs.core.audit.AuditHead;
import org.openoqs.core.audit.AuditVerification;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oqs audit verify}: recomputes every hash of the chain, in sequence order, and checks it against the head
 * central recorded with it and against heads kept elsewhere ({@code --expect-head}, e.g. from central's
 * {@code audit head} log lines). Exit 0: intact; 1: broken (the first bad entry is named); 2: not readable.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute the audit chain and name the first entry that was edited, deleted or inserted.",
                "Exit status: 0 intact, 1 broken, 2 the trail could not be read."})
public class AuditVerifyCommand implements Callable<Integer> {
    /** Below this many entries verification takes well under a second; no progress bar. */
    static final long PROGRESS_THRESHOLD = 10_000;

    @Option(names = "--expect-head", paramLabel = "<seq>:<hash>", converter = AuditHeadConverter.class,
            description = "A head kept outside the database (e.g. logged by central as 'audit head <seq>:<hash>'); "
                    + "the chain must contain exactly that entry. Repeatable. Reveals deletion of the newest entries "
                    + "and any rewrite of the chain up to that entry.")
    List<AuditHead> expectedHeads = List.of();

    @Option(names = "--page-size", defaultValue = "1000", description = "Entries read per query (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (AuditDatabase database = AuditDatabase.open(storeOptions.store())) {
            AuditVerification result = verify(database.entries());
            System.out.println(result.summary());
            return result.intact() ? 0 : 1;
        } catch (IllegalArgumentException | DataAccessException e) {
            System.err.println("cannot read the audit trail: " + AuditListCommand.reason(e));
            return AuditCommand.UNREADABLE;
        }
    }

    private AuditVerification verify(AuditEntryStore entries) {
        long recorded = entries.head().sequence();
        AuditTrailVerifier verifier = new AuditTrailVerifier(entries, pageSize);
        if (recorded < PROGRESS_THRESHOLD) return verifier.verify(expectedHeads, read -> {});
        try (ProgressBar bar = new ProgressBar("verifying audit chain", recorded, "entries")) {
            LongConsumer everyThousand = read -> {
                if (read % 1000 == 0) bar.update(read);
            };
            AuditVerification result = verifier.verify(expectedHeads, everyThousand);
            bar.update(result.entries());
            return result;
        }
    }
}
