package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

class CachePrimingTest {
    @Test
    void primesTheWholeSampleWhenTheCacheHoldsItElseAsManyKeysAsTheCacheHolds() {
        assertThat(CachePriming.keys(200_000, 100_000)).isEqualTo(100_000);
        assertThat(CachePriming.keys(200_000, 1_000_000)).isEqualTo(200_000);
        assertThat(CachePriming.keys(0, 1_000)).isZero();
    }

    @Test
    void readsTheCacheSizeFromCentralsSettings() {
        try (GenericApplicationContext central = new GenericApplicationContext()) {
            central.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("test", Map.of(CachePriming.CACHE_SIZE_PROPERTY, "1500")));
            assertThat(CachePriming.keys(central, 1_000_000)).isEqualTo(1_500);
        }
    }

    @Test
    void aCentralThatDoesNotSayIsAnError() {
        try (GenericApplicationContext central = new GenericApplicationContext()) {
            assertThatThrownBy(() -> CachePriming.keys(central, 10)).hasMessageContaining(CachePriming.CACHE_SIZE_PROPERTY);
        }
    }
}
