package org.openoqs.central.pki;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the terminal CA ({@code oqs.pki.*}). The lifetime of a real OQS terminal certificate is not public
 * ([U] oqs-rules §6.2), so {@code terminal-validity} is configurable; 3 years is a guess. {@code active-cache-ttl} bounds
 * how long another central node may still accept a certificate revoked elsewhere; the revoking node forgets at once.
 */
@ConfigurationProperties("oqs.pki")
public record PkiProperties(
        @DefaultValue("EC") KeyAlgorithm keyAlgorithm,
        @DefaultValue("10y") Period caValidity,
        @DefaultValue("3y") Period terminalValidity,
        @DefaultValue("1y") Period serverValidity,
        @DefaultValue("5s") Duration activeCacheTtl) {

    public static PkiProperties defaults() {
        return new PkiProperties(KeyAlgorithm.EC, Period.ofYears(10), Period.ofYears(3), Period.ofYears(1), Duration.ofSeconds(5));
    }
}
