package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMutexTest {
    @TempDir Path dir;

    @Test
    void oneHolderAtATimeWhateverThePathSpelling() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Path spelling = i % 2 == 0 ? dir.resolve("locks/x.lock") : dir.resolve("locks/./../locks/x.lock");
                jobs.add(() -> {
                    try (FileMutex mutex = FileMutex.acquire(spelling)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(5);
                        inside.decrementAndGet();
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1);
        assertThat(dir.resolve("locks/x.lock")).exists();
    }

    @Test
    void theHolderMayEnterAgain() throws Exception {
        Path lock = dir.resolve("y.lock");
        try (FileMutex outer = FileMutex.acquire(lock); FileMutex inner = FileMutex.acquire(lock)) {
            assertThat(inner).isNotNull();
        }
        try (FileMutex again = FileMutex.acquire(lock)) {
            assertThat(again).as("released after both closed").isNotNull();
        }
    }
}
