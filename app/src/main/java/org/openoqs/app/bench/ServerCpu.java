package org.openoqs.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by the server side of a measurement: this JVM (central, its embedded H2, the Netty server) and, on
 * Linux, every local {@code postgres} process. On two shared vCPUs throughput moves with whatever else runs, but the
 * CPU one request costs the server does not, so {@link Usage#microsPerRequest} is the steadier figure to compare
 * targets and runs by. The PostgreSQL part is read from {@code /proc/<pid>/stat} and is zero where there is no /proc.
 */
public final class ServerCpu {
    /** Linux's USER_HZ: /proc reports CPU times in ticks of 1/100 s on every mainstream architecture. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path PROC = Path.of("/proc");

    private ServerCpu() {}

    /** A reading of the counters. */
    public record Reading(long jvmNanos, long databaseNanos) {
        public Usage since(Reading start) {
            return new Usage(jvmNanos - start.jvmNanos, Math.max(0, databaseNanos - start.databaseNanos));
        }
    }

    /** CPU used between two readings, in nanoseconds. */
    public record Usage(long jvmNanos, long databaseNanos) {
        public long totalNanos() {
            return jvmNanos + databaseNanos;
        }

        /** Server CPU per request in µs; 0 when nothing was answered. */
        public double microsPerRequest(long requests) {
            return requests <= 0 ? 0 : totalNanos() / 1000.0 / requests;
        }
    }

    public static Reading read() {
        return new Reading(jvmCpuNanos(), postgresCpuNanos(PROC));
    }

    static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** utime + stime of every process whose command is {@code postgres}, from {@code proc}'s stat files. */
    static long postgresCpuNanos(Path proc) {
        if (!Files.isDirectory(proc)) return 0;
        long ticks = 0;
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path pid : pids) ticks += postgresTicks(pid.resolve("stat"));
        } catch (IOException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    /** A stat line is {@code pid (comm) state ppid …} with utime and stime the 14th and 15th fields. */
    static long postgresTicks(Path stat) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between listing and reading
        }
        int open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open || !line.substring(open + 1, close).equals("postgres")) return 0;
        String[] fields = line.substring(close + 2).split(" ");
        // fields[0] is the state (3rd field overall), so utime (14th) is fields[11] and stime (15th) fields[12].
        if (fields.length < 13) return 0;
        try {
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
