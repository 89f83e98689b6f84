package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PreparedRequestsTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(1);

    @Test
    void handsOutEachBodyOnceInOrderThenSaysItRanOut() {
        PreparedRequests prepared = new PreparedRequests(List.of(bytes("a"), bytes("b")));
        assertThat(prepared.exhausted()).isFalse();
        assertThat(new String(prepared.next(RANDOM), StandardCharsets.UTF_8)).isEqualTo("a");
        assertThat(new String(prepared.next(RANDOM), StandardCharsets.UTF_8)).isEqualTo("b");
        assertThat(prepared.used()).isEqualTo(2);
        assertThat(prepared.exhaustedAtNanos()).as("not yet asked past the end").isZero();

        long before = System.nanoTime();
        assertThat(prepared.next(RANDOM)).isNull();
        assertThat(prepared.exhausted()).isTrue();
        long at = prepared.exhaustedAtNanos();
        assertThat(at).isGreaterThanOrEqualTo(before);
        assertThat(prepared.next(RANDOM)).isNull();
        assertThat(prepared.exhaustedAtNanos()).as("the first time counts").isEqualTo(at);
        assertThat(prepared.used()).isEqualTo(2);
        assertThat(prepared.size()).isEqualTo(2);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
