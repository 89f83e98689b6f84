package org.openoqs.central.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonKeyHashTest {
    @Test
    void isTheFirstEightBytesOfTheSha256AsASignedBigEndianLong() {
        // Values from an independent implementation (Python hashlib + struct '>q'): the column is stored data.
        assertThat(PersonKeyHash.of("PK-1")).isEqualTo(281239413864165003L);
        assertThat(PersonKeyHash.of("被保険者")).isEqualTo(-1490252229527353990L);
    }

    @Test
    void anEntryWithoutAPersonKeyHasNoHash() {
        assertThat(PersonKeyHash.of(null)).isNull();
    }

    @Test
    void isStableAndTellsKeysApart() {
        assertThat(PersonKeyHash.of("PK-2")).isEqualTo(PersonKeyHash.of("PK-2")).isNotEqualTo(PersonKeyHash.of("PK-3"));
    }
}
