package org.openoqs.app.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sorts a profile's execution samples into the components of a request, so a profile says at a glance where the
 * server's CPU goes (the audit trail, the database, Jackson, XML, PKI, central's own code, HTTP and Spring MVC). A
 * sample belongs to the first component, in {@link #COMPONENTS} order, that any frame of its stack or its thread
 * matches: the audit trail's JDBC work is the audit's, Jackson called by Spring MVC is Jackson's.
 */
final class CpuBreakdown {
    /** A component and how to recognise its samples by thread name and frames ({@code class.method}). */
    record Component(String name, Predicate<String> thread, Predicate<String> frame) {}

    static final List<Component> COMPONENTS = List.of(
            new Component("audit trail", t -> t.contains("audit"), f -> f.startsWith("org.openoqs.central.audit.")),
            new Component("store, background", t -> t.startsWith("MVStore background"), f -> false),
            new Component("store (JDBC, database, pool)", t -> false,
                    f -> f.startsWith("org.h2.") || f.startsWith("org.postgresql.") || f.startsWith("com.zaxxer.hikari.")),
            new Component("JSON (Jackson)", t -> false, f -> f.startsWith("com.fasterxml.jackson.")),
            new Component("XML", t -> false, f -> f.startsWith("org.openoqs.wire.xml.") || f.startsWith("com.ctc.wstx.")
                    || f.startsWith("javax.xml.") || f.startsWith("com.sun.org.apache.xerces.")),
            new Component("PKI (signatures, certificates)", t -> false,
                    f -> f.startsWith("org.bouncycastle.") || f.startsWith("sun.security.")),
            new Component("central (rules, mapping)", t -> false, f -> f.startsWith("org.openoqs.")),
            new Component("HTTP + Spring MVC", t -> false, f -> f.startsWith("org.apache.tomcat.")
                    || f.startsWith("org.apache.coyote.") || f.startsWith("org.springframework.")
                    || f.startsWith("jakarta.servlet.") || f.startsWith("io.micrometer.")));
    static final String OTHER = "other (JIT, GC, JFR, idle loops)";

    private final Map<String, Integer> samples = new LinkedHashMap<>();
    private int total;

    CpuBreakdown() {
        for (Component c : COMPONENTS) samples.put(c.name(), 0);
        samples.put(OTHER, 0);
    }

    /** Counts one execution sample: its thread's name and its frames, innermost first. */
    void add(String thread, List<String> frames) {
        samples.merge(componentOf(thread == null ? "" : thread, frames), 1, Integer::sum);
        total++;
    }

    static String componentOf(String thread, List<String> frames) {
        for (Component c : COMPONENTS) {
            if (c.thread().test(thread) || frames.stream().anyMatch(c.frame())) return c.name();
        }
        return OTHER;
    }

    int total() { return total; }

    /** Samples per component, in {@link #COMPONENTS} order then {@link #OTHER}. */
    Map<String, Integer> samples() { return Map.copyOf(samples); }

    /** Share of all samples per component, largest first, components without samples left out. */
    List<Map.Entry<String, Double>> shares() {
        int n = Math.max(1, total);
        return samples.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> Map.entry(e.getKey(), e.getValue() / (double) n)).toList();
    }
}
