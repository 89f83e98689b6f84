package org.openoqs.central.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oqs.audit.*}. {@code max-batch-size} caps how many events one group commit takes (a single
 * {@link AuditTrail#appendAll} is never split, however large); {@code append-timeout} is how long a caller waits for
 * its commit; {@code max-attempts} bounds the retries when another node keeps moving the head;
 * {@code head-log-interval} is how often the head is logged as an external anchor; {@code verify-page-size} is the
 * number of entries read per query when verifying.
 */
@ConfigurationProperties("oqs.audit")
public record AuditSettings(
        @DefaultValue("2000") int maxBatchSize,
        @DefaultValue("30s") Duration appendTimeout,
        @DefaultValue("50") int maxAttempts,
        @DefaultValue("5m") Duration headLogInterval,
        @DefaultValue("1000") int verifyPageSize) {

    public AuditSettings {
        if (maxBatchSize < 1 || maxAttempts < 1 || verifyPageSize < 1) {
            throw new IllegalArgumentException("oqs.audit sizes and attempts must be positive");
        }
    }

    public static AuditSettings defaults() {
        return new AuditSettings(2000, Duration.ofSeconds(30), 50, Duration.ofMinutes(5), 1000);
    }
}
