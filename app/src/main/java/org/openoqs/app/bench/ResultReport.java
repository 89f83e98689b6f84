package org.openoqs.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the results of a run into the human table (one per store, with each target's share of {@code ping} and of
 * {@code netty}), the one-line summary the bench prints last, and a results file (JSON, or CSV by extension).
 */
public final class ResultReport {
    static final String PING = LoadTarget.PING.label();
    static final String NETTY = LoadTarget.NETTY.label();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<BenchResult> results;

    public ResultReport(List<BenchResult> results) {
        this.results = List.copyOf(results);
    }

    /** The stores, in the order they were measured. */
    List<String> stores() {
        return results.stream().map(BenchResult::store).distinct().toList();
    }

    /** The throughput of {@code target} on {@code store}, if measured. */
    Optional<Double> throughput(String store, String target) {
        return results.stream().filter(r -> r.store().equals(store) && r.target().equals(target)).findFirst()
                .map(r -> r.summary().throughput());
    }

    /** {@code result}'s throughput as a share of the reference target's on the same store; empty when not measured. */
    Optional<Double> ratio(BenchResult result, String reference) {
        return throughput(result.store(), reference).filter(t -> t > 0).map(t -> result.summary().throughput() / t);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        for (String store : stores()) {
            out.append("bench ").append(store).append('\n');
            out.append(String.format(Locale.ROOT, "  %-18s %10s %9s %9s %9s %9s %8s %8s %10s%n", "target", "req/s", "p50 ms",
                    "p99 ms", "p99.9 ms", "errors", "/ping", "/netty", "cpu µs/req"));
            for (BenchResult r : results) {
                if (!r.store().equals(store)) continue;
                LatencySummary s = r.summary();
                if (r.intake() != null) {
                    out.append(intakeRow(r));
                    continue;
                }
                out.append(String.format(Locale.ROOT, "  %-18s %,10.0f %9.2f %9.2f %9.2f %,9d %8s %8s %10s%n", r.target(),
                        s.throughput(), ms(s.p50Micros()), ms(s.p99Micros()), ms(s.p999Micros()), s.errors(),
                        ratioText(ratio(r, PING)), ratioText(ratio(r, NETTY)), cpuText(r.serverCpuMicrosPerRequest())));
            }
            scalingRatio(store).ifPresent(x -> out.append(String.format(Locale.ROOT,
                    "  scaling: p50 at the largest population / p50 at the smallest = %.2f%n", x)));
        }
        return out.toString();
    }

    /** An intake row: rows per second where a load target has requests per second, then the rows and the heap. */
    private static String intakeRow(BenchResult r) {
        BenchResult.Intake i = r.intake();
        return String.format(Locale.ROOT, "  %-18s %,10.0f %9s %9s %9s %,9d %8s %8s %10s  rows/s; %,d rows, peak live heap "
                        + "%,d MiB of %,d MiB%n", r.target(), r.summary().throughput(), "-", "-", "-", r.summary().errors(), "-",
                "-", "-", i.rows(), i.peakLiveBytes() >> 20, i.maxHeapBytes() >> 20);
    }

    /** p50 of the last scaling result over p50 of the first (the scenario orders them by population size). */
    Optional<Double> scalingRatio(String store) {
        List<BenchResult> scaling = results.stream()
                .filter(r -> r.store().equals(store) && r.scenario().equals(ScalingScenario.NAME)).toList();
        if (scaling.size() < 2) return Optional.empty();
        long first = scaling.get(0).summary().p50Micros();
        return first <= 0 ? Optional.empty()
                : Optional.of((double) scaling.get(scaling.size() - 1).summary().p50Micros() / first);
    }

    /**
     * One line for all stores, e.g. {@code bench h2: confirm-json 16,200/s p99 12 ms (0.62 of ping, 0.31 of netty) |
     * … | ping 26,000/s | netty 52,000/s}; stores are separated by {@code ||}.
     */
    public String summary() {
        List<String> perStore = new ArrayList<>();
        for (String store : stores()) {
            List<String> parts = new ArrayList<>(results.stream().filter(r -> r.store().equals(store))
                    .map(this::summaryPart).toList());
            scalingRatio(store).ifPresent(x -> parts.add(String.format(Locale.ROOT, "scaling p50 ratio %.2f", x)));
            String targets = String.join(" | ", parts);
            perStore.add(store + ": " + targets);
        }
        return "bench " + String.join(" || ", perStore);
    }

    private String summaryPart(BenchResult r) {
        LatencySummary s = r.summary();
        if (r.intake() != null) {
            return String.format(Locale.ROOT, "%s %,.0f rows/s peak live %,d MiB", r.target(), s.throughput(),
                    r.intake().peakLiveBytes() >> 20);
        }
        if (r.scenario().equals(ScalingScenario.NAME)) {
            return String.format(Locale.ROOT, "%s p50 %s ms", r.target(), msText(s.p50Micros()));
        }
        String part = String.format(Locale.ROOT, "%s %,.0f/s p99 %s ms", r.target(), s.throughput(), msText(s.p99Micros()));
        if (s.errors() > 0) part += String.format(Locale.ROOT, " %,d errors", s.errors());
        if (r.target().equals(PING) || r.target().equals(NETTY)) return part;
        List<String> ratios = new ArrayList<>();
        ratio(r, PING).ifPresent(x -> ratios.add(ratioText(Optional.of(x)) + " of ping"));
        ratio(r, NETTY).ifPresent(x -> ratios.add(ratioText(Optional.of(x)) + " of netty"));
        return ratios.isEmpty() ? part : part + " (" + String.join(", ", ratios) + ")";
    }

    /** Writes every result with its ratios: CSV when the name ends in {@code .csv}, JSON otherwise. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Files.writeString(file, csv(), StandardCharsets.UTF_8);
        } else {
            Files.writeString(file, JSON.writeValueAsString(Map.of("results", rows())) + "\n", StandardCharsets.UTF_8);
        }
    }

    String csv() {
        StringBuilder out = new StringBuilder("store,scenario,target,throughput_per_s,p50_ms,p99_ms,p999_ms,max_ms,ok,errors,"
                + "seconds,ratio_to_ping,ratio_to_netty,load_generator_pid,server_cpu_us_per_request,rows,peak_live_mib,"
                + "max_heap_mib\n");
        for (Map<String, Object> row : rows()) {
            out.append(row.values().stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return out.toString();
    }

    private List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BenchResult r : results) {
            LatencySummary s = r.summary();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("store", r.store());
            row.put("scenario", r.scenario());
            row.put("target", r.target());
            row.put("throughputPerSecond", round(s.throughput(), 1));
            row.put("p50Ms", ms(s.p50Micros()));
            row.put("p99Ms", ms(s.p99Micros()));
            row.put("p999Ms", ms(s.p999Micros()));
            row.put("maxMs", ms(s.maxMicros()));
            row.put("ok", s.ok());
            row.put("errors", s.errors());
            row.put("seconds", round(s.seconds(), 3));
            row.put("ratioToPing", ratio(r, PING).map(x -> round(x, 3)).orElse(null));
            row.put("ratioToNetty", ratio(r, NETTY).map(x -> round(x, 3)).orElse(null));
            row.put("loadGeneratorPid", r.loadGeneratorPid());
            row.put("serverCpuMicrosPerRequest", r.serverCpuMicrosPerRequest() == null ? null : round(r.serverCpuMicrosPerRequest(), 1));
            row.put("rows", r.intake() == null ? null : r.intake().rows());
            row.put("peakLiveMiB", r.intake() == null ? null : r.intake().peakLiveBytes() >> 20);
            row.put("maxHeapMiB", r.intake() == null ? null : r.intake().maxHeapBytes() >> 20);
            rows.add(row);
        }
        return rows;
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String msText(long micros) {
        double ms = ms(micros);
        return ms >= 10 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String cpuText(Double micros) {
        return micros == null ? "-" : String.format(Locale.ROOT, "%,.0f", micros);
    }

    private static String ratioText(Optional<Double> ratio) {
        return ratio.map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("-");
    }

    private static double round(double x, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(x * f) / f;
    }
}
