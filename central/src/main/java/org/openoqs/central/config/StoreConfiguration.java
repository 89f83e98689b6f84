package org.openoqs.central.config;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.openoqs.central.qualification.CachingQualificationStore;
import org.openoqs.central.qualification.CoalescingQualificationStore;
import org.openoqs.central.qualification.JdbcQualificationStore;
import org.openoqs.central.qualification.QualificationStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the store stack: JDBC underneath, then (on PostgreSQL) the coalescing of concurrent card lookups, the
 * confirmation cache on top — so only the cache's misses are coalesced.
 */
@Configuration
public class StoreConfiguration {

    /** OQS works in Japan time: dates of 資格確認 and ProcessExecutionTime are JST. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(JAPAN);
    }

    /**
     * @param coalesce {@code auto} (on PostgreSQL, where each lookup is a round trip; the embedded store has none to
     *                 share), {@code true} or {@code false}
     */
    @Bean
    public QualificationStore qualificationStore(JdbcTemplate jdbc, Clock clock, ObjectProvider<MeterRegistry> meters,
                                                 @Value("${oqs.confirmation.cache.maximum-size}") long maximumSize,
                                                 @Value("${oqs.confirmation.cache.expire-after-write}") Duration expireAfterWrite,
                                                 @Value("${oqs.confirmation.lookup.coalesce:auto}") String coalesce,
                                                 @Value("${oqs.confirmation.lookup.max-batch:64}") int maxBatch,
                                                 @Value("${oqs.confirmation.lookup.concurrent-statements:2}") int concurrentStatements) {
        JdbcQualificationStore jdbcStore = new JdbcQualificationStore(jdbc, clock);
        QualificationStore store = jdbcStore;
        if (coalesces(coalesce, jdbcStore)) {
            CoalescingQualificationStore coalescing = new CoalescingQualificationStore(store, maxBatch, concurrentStatements);
            meters.ifAvailable(registry -> register(registry, coalescing));
            store = coalescing;
        }
        return new CachingQualificationStore(store, maximumSize, expireAfterWrite);
    }

    private static boolean coalesces(String setting, JdbcQualificationStore store) {
        return switch (setting.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> store.postgres();
            default -> throw new IllegalArgumentException("oqs.confirmation.lookup.coalesce must be auto, true or false, not '"
                    + setting + "'");
        };
    }

    /** Statements and lookups, so the mean lookups per statement can be watched (rate of one over the other). */
    private static void register(MeterRegistry registry, CoalescingQualificationStore store) {
        FunctionCounter.builder("oqs.qualification.card-lookup.statements", store, CoalescingQualificationStore::batches)
                .description("Statements run for card lookups that missed the confirmation cache").register(registry);
        FunctionCounter.builder("oqs.qualification.card-lookup.lookups", store, CoalescingQualificationStore::lookups)
                .description("Card lookups that missed the confirmation cache, answered by those statements").register(registry);
    }
}
