package org.openoqs.app.bench;

/** A population size as a short target label: 100000 → 100k, 10000000 → 10m, 1500 → 1500. */
final class SizeLabel {
    private SizeLabel() {}

    static String of(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) return n / 1_000_000 + "m";
        if (n >= 1_000 && n % 1_000 == 0) return n / 1_000 + "k";
        return Long.toString(n);
    }
}
