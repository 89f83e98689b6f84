package org.openoqs.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a {@link BenchScenario} gets for one store: central running at {@code centralUrl} (and its Spring context,
 * for scenarios that need a bean), the raw Netty server, the population's key sample and the measurement settings.
 *
 * @param keyFile the key sample, one {@link CardKey} a line, for the load generator
 * @param cards   virtual My Number cards to issue for the card scenario
 * @param seed    the seed of the population and of every sample drawn from it
 * @param jfrDir  where to write a JFR recording of the profiled measurement; null for none
 * @param smoke   {@code --smoke}: scenarios shrink what they send (e.g. a 一括照会 of 100 records, not 10,000)
 * @param sample  the most card keys a scenario draws from a population
 * @param intakePersons  the population sizes scenario 5 takes in
 * @param scalingPersons the population sizes scenario 6 compares
 * @param fresh   centrals on stores of their own, for scenarios that do not use the seeded population; for those
 *                scenarios the seeded central's fields ({@code centralUrl}, {@code nettyUrl}, {@code central},
 *                {@code keys}, {@code keyFile}) are null, and for the others {@code fresh} is null
 */
public record BenchContext(String store, long persons, String centralUrl, String nettyUrl,
                           ConfigurableApplicationContext central, List<CardKey> keys, Path keyFile, int cards, long seed,
                           int connections, LoadGeneratorProcess.Phases phases, Path jfrDir, PrintWriter progress,
                           boolean smoke, int sample, List<Long> intakePersons, List<Long> scalingPersons,
                           FreshPopulations fresh) {

    /** Prints one progress line of the load generator, e.g. {@code bench h2: confirm-json measuring 15,000/s}. */
    public void printProgress(LoadTarget target, LoadGeneratorProcess.Progress p) {
        printProgress(target.label(), p);
    }

    /** The same for a target by the label it has in the table, e.g. {@code bulk-10000} or {@code confirm-json@10m}. */
    public void printProgress(String label, LoadGeneratorProcess.Progress p) {
        String doing = switch (p.phase()) {
            case "jit" -> String.format(Locale.ROOT, "letting the JIT settle at low load: %,.0f ms compiled in the last %d s",
                    p.rate(), JitSettling.WINDOW.toSeconds());
            case "prime" -> rate("priming the cache: each sampled key once", p);
            case "warmup" -> rate("warming up", p);
            case "measure" -> rate("measuring", p);
            case "challenge" -> rate("fetching challenges", p);
            case "sign" -> rate("signing challenges", p);
            default -> rate(p.phase(), p);
        };
        progress.println("bench " + store + ": " + label + " " + doing);
    }

    private static String rate(String doing, LoadGeneratorProcess.Progress p) {
        return String.format(Locale.ROOT, "%s %,.0f/s", doing, p.rate());
    }

    /** The result of one target the load generator reported, after printing its errors and note, if any. */
    public BenchResult result(String scenario, LoadGeneratorProcess.Outcome outcome) {
        return result(scenario, outcome.target(), outcome);
    }

    /** The same under the label the table shows, when it is not the load generator's target name. */
    public BenchResult result(String scenario, String label, LoadGeneratorProcess.Outcome outcome) {
        if (outcome.firstError() != null) {
            progress.println("bench " + store + ": " + label + " errors: " + outcome.summary().errors()
                    + ", first: " + outcome.firstError());
        }
        if (outcome.note() != null) progress.println("bench " + store + ": " + label + ": " + outcome.note());
        return new BenchResult(store, scenario, label, outcome.summary(), outcome.pid(), outcome.serverCpuMicrosPerRequest());
    }
}
