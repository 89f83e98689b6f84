package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeySamplerTest {
    @Test
    void keepsEverythingWhileTheStreamIsShorterThanTheSample() {
        KeySampler<Integer> sampler = new KeySampler<>(10, 1);
        IntStream.range(0, 4).forEach(sampler::offer);
        assertThat(sampler.sample()).containsExactly(0, 1, 2, 3);
        assertThat(sampler.seen()).isEqualTo(4);
    }

    @Test
    void drawsFromTheWholeStreamNotItsBeginning() {
        KeySampler<Integer> sampler = new KeySampler<>(1_000, 7);
        IntStream.range(0, 100_000).forEach(sampler::offer);
        List<Integer> sample = sampler.sample();
        assertThat(sample).hasSize(1_000).doesNotHaveDuplicates();
        // A uniform sample puts about a tenth in each tenth of the stream; a prefix would put all in the first.
        for (int decile = 0; decile < 10; decile++) {
            int from = decile * 10_000;
            long inDecile = sample.stream().filter(i -> i >= from && i < from + 10_000).count();
            assertThat(inDecile).as("decile " + decile).isBetween(60L, 140L);
        }
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        KeySampler<Integer> a = new KeySampler<>(50, 3);
        KeySampler<Integer> b = new KeySampler<>(50, 3);
        IntStream.range(0, 5_000).forEach(i -> { a.offer(i); b.offer(i); });
        assertThat(a.sample()).isEqualTo(b.sample());
    }

    @Test
    void aSampleOfNothingIsRefused() {
        assertThatThrownBy(() -> new KeySampler<>(0, 1)).hasMessageContaining("at least 1");
    }
}
