package org.openoqs.wire.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlLimitsTest {

    @Test
    void defaultsMatchTheDocumentedBounds() {
        assertThat(XmlLimits.DEFAULTS).isEqualTo(new XmlLimits(16L * 1024 * 1024, 32, 1_000_000, 1024 * 1024));
    }

    @Test
    void withersChangeOneBoundOnly() {
        XmlLimits changed = XmlLimits.DEFAULTS.withMaxDepth(8);

        assertThat(changed).isEqualTo(new XmlLimits(16L * 1024 * 1024, 8, 1_000_000, 1024 * 1024));
    }

    @Test
    void rejectsNonPositiveBounds() {
        assertThatThrownBy(() -> XmlLimits.DEFAULTS.withMaxElements(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxElements");
        assertThatThrownBy(() -> XmlLimits.DEFAULTS.withMaxInputBytes(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputBytes");
    }
}
