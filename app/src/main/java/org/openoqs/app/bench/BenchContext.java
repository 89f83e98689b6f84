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
 * @param sample  the most card keys a scenario draws from a population
 * @param intakePersons  the population sizes scenario 5 takes in
 * @param scalingPersons the population sizes scenario 6 compares
 * @param fresh   centrals on stores of their own, for scenarios that do not use the seeded population; for those
 *                scenarios the seeded central's fields ({@code centralUrl}, {@code nettyUrl}, {@code central},
 *                {@code keys}, {@code keyFile}) are null, and for the others {@code fresh} is
 */
public record BenchContext(String store, long persons, String centralUrl, String nettyUrl,
                           ConfigurableApplicationContext central, List<CardKey> keys, Path keyFile, int connections,
                           Duration warmup, Duration duration, Path jfrDir, PrintWriter progress, int sample,
                           List<Long> intakePersons, List<Long> scalingPersons, FreshPopulations fresh) {}
