package org.openoqs.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap figures of the intake driver come from GC notifications and the current occupancy. */
class HeapWatcherTest {
    @Test
    void seesTheLiveSetOfACollectionThatRanWhileWatching() throws InterruptedException {
        try (HeapWatcher heap = HeapWatcher.start()) {
            List<byte[]> held = new ArrayList<>();
            for (int i = 0; i < 32; i++) held.add(new byte[1 << 20]);
            System.gc();
            // GC notifications arrive on the JVM's notification thread, a little after the collection.
            for (int wait = 0; wait < 100 && heap.peakLiveBytes() < 32L << 20; wait++) Thread.sleep(50);
            assertThat(heap.peakUsedBytes()).isGreaterThanOrEqualTo(32L << 20);
            assertThat(heap.peakLiveBytes()).isGreaterThanOrEqualTo(32L << 20);
            assertThat(held).hasSize(32);
        }
    }
}
