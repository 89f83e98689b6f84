package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyedRequestsTest {
    private static final List<CardKey> KEYS = IntStream.range(0, 10)
            .mapToObj(i -> new CardKey("01130012", "千代田12", String.valueOf(100_000 + i), "01", "19800415")).toList();

    @Test
    void sendsTheFirstKeysOnceEachInOrderThenRandomOnes() {
        KeyedRequests source = new KeyedRequests(LoadTarget.CONFIRM_JSON, KEYS, 3);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 3; i++) {
            assertThat(source.primed()).isFalse();
            assertThat(source.sent()).isEqualTo(i);
            assertThat(source.next(random)).isEqualTo(LoadTarget.CONFIRM_JSON.body(KEYS.get(i)));
        }
        assertThat(source.primed()).isTrue();
        assertThat(source.sent()).isEqualTo(3);
        Set<String> later = new HashSet<>();
        for (int i = 0; i < 500; i++) later.add(new String(source.next(random)));
        assertThat(later).as("uniform over the whole sample afterwards").hasSize(KEYS.size());
    }

    @Test
    void withoutPrimingEveryKeyIsRandom() {
        KeyedRequests source = new KeyedRequests(LoadTarget.CONFIRM_XML, KEYS, 0);
        assertThat(source.primed()).isTrue();
        assertThat(source.next(new SplittableRandom(2))).isNotNull();
    }

    @Test
    void primesAtMostTheKeysThereAre() {
        assertThat(new KeyedRequests(LoadTarget.CONFIRM_JSON, KEYS, 1_000).prime()).isEqualTo(KEYS.size());
        assertThatThrownBy(() -> new KeyedRequests(LoadTarget.CONFIRM_JSON, KEYS, -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new KeyedRequests(LoadTarget.CONFIRM_JSON, List.of(), 0)).hasMessageContaining("needs card keys");
    }

    @Test
    void concurrentConnectionsShareThePassWithoutSendingAKeyTwice() throws Exception {
        List<CardKey> keys = IntStream.range(0, 20_000)
                .mapToObj(i -> new CardKey("01130012", "記号", String.valueOf(i), "01", "19800415")).toList();
        KeyedRequests source = new KeyedRequests(LoadTarget.CONFIRM_JSON, keys, keys.size());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> takers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                takers.add(pool.submit(() -> take(source, 5_000, seed)));
            }
            List<String> sent = new ArrayList<>();
            for (Future<List<String>> f : takers) sent.addAll(f.get());
            assertThat(new HashSet<>(sent)).hasSize(keys.size());
            assertThat(source.primed()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> take(KeyedRequests source, int n, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < n; i++) bodies.add(new String(source.next(random)));
        return Collections.unmodifiableList(bodies);
    }
}
