package org.openoqs.central.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openoqs.core.audit.AuditHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the stored chain head every {@code oqs.audit.head-log-interval} when it has moved, by default to the log
 * category {@code org.openoqs.audit.head}. Shipped to a log store the database administrators cannot rewrite, these
 * lines are the external anchors that {@code oqs audit verify --expect-head} checks: they reveal deletion of the newest
 * entries and any rewrite of the chain up to them.
 */
public final class AuditHeadLogger implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("org.openoqs.audit.head");
    private final AuditEntryStore store;
    private final Consumer<AuditHead> sink;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "oqs-audit-head-log");
        t.setDaemon(true);
        return t;
    });
    private AuditHead published;

    public AuditHeadLogger(AuditEntryStore store, Consumer<AuditHead> sink) {
        this.store = store;
        this.sink = sink;
    }

    /** The production sink: one INFO line, {@code audit head <sequence>:<hash>}. */
    public static Consumer<AuditHead> toLog() {
        return head -> log.info("audit head {}", head);
    }

    /** Publishes now and then every {@code interval}. */
    public AuditHeadLogger every(Duration interval) {
        timer.scheduleWithFixedDelay(this::publishIfMoved, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Publishes the stored head unless it is the one published last. */
    synchronized void publishIfMoved() {
        try {
            AuditHead current = store.head();
            if (!current.equals(published)) {
                sink.accept(current);
                published = current;
            }
        } catch (RuntimeException e) {
            log.warn("could not read the audit head: {}", e.getMessage());
        }
    }

    /** Publishes a last time (the trail has drained by then if it was closed first) and stops. */
    @Override
    public void close() {
        timer.shutdownNow();
        publishIfMoved();
    }
}
