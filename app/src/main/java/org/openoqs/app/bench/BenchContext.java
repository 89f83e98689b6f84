package org.openoqs.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a {@link BenchScenario} gets for one store: central running at {@code centralUrl} (and its Spring context,
 * for scenarios that need a bean), the raw Netty server, the population's key sample and the measurement settings.
 *
 * @param keyFile the key sample, one {@link CardKey} a line, for the load generator
 * @param jfrDir  where to write a JFR recording of the profiled measurement; null for none
 * @param smoke   {@code --smoke}: scenarios shrink what they send (e.g. a 一括照会 of 100 records, not 10,000)
 */
public record BenchContext(String store, long persons, String centralUrl, String nettyUrl,
                           ConfigurableApplicationContext central, List<CardKey> keys, Path keyFile, int connections,
                           Duration warmup, Duration duration, Path jfrDir, PrintWriter progress,
                           boolean smoke) {}
