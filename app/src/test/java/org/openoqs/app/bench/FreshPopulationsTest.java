package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The loading itself runs in BenchCommandTest's smoke runs; here, what is said about the heap. */
class FreshPopulationsTest {
    @Test
    void aHeapLargerThanTheTargetsIsCalledOut() {
        assertThat(FreshPopulations.heapNote(6_028L << 20)).contains("6,028 MiB").contains("OQS_JAVA_OPTS=-Xmx2g");
    }

    @Test
    void aTwoGigabyteHeapNeedsNoNote() {
        assertThat(FreshPopulations.heapNote(2_048L << 20)).isNull();
        assertThat(FreshPopulations.heapNote(2_000L << 20)).isNull();
    }
}
