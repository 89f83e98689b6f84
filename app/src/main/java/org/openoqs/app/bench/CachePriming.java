package org.openoqs.app.bench;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many keys a keyed target primes ({@link LoadGeneratorProcess.Phases#prime()}): the whole sample when central's
 * confirmation cache can hold it, else as many keys as the cache holds — a full cache is the steady state under
 * uniform keys, whichever keys it holds, and sending more first would only lengthen the run.
 */
final class CachePriming {
    /** central's setting for its confirmation cache's entries ({@code CachingQualificationStore}). */
    static final String CACHE_SIZE_PROPERTY = "oqs.confirmation.cache.maximum-size";

    private CachePriming() {}

    /** The keys to prime against {@code central}'s cache for a sample of {@code sampleSize} keys. */
    static int keys(ConfigurableApplicationContext central, int sampleSize) {
        Long cacheSize = central.getEnvironment().getProperty(CACHE_SIZE_PROPERTY, Long.class);
        if (cacheSize == null) throw new IllegalStateException("central does not say how large its cache is: " + CACHE_SIZE_PROPERTY);
        return keys(cacheSize, sampleSize);
    }

    static int keys(long cacheSize, int sampleSize) {
        return (int) Math.max(0, Math.min(cacheSize, sampleSize));
    }
}
