package org.openoqs.central.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;

/** The compact within-file duplicate check of intake. */
class KeyLinesTest {
    static QualificationRecord.Key key(String insurer, String person, String date) {
        return new QualificationRecord.Key(InsurerNumber.parse(insurer), person, LocalDate.parse(date));
    }

    @Test
    void aKeyMetAgainGivesTheLineWhereItWasFirstMet() {
        KeyLines lines = new KeyLines();
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), 2)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-2", "2020-04-01"), 3)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), 9)).isEqualTo(2);
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), 10)).as("still the first line").isEqualTo(2);
        assertThat(lines.size()).isEqualTo(2);
    }

    @Test
    void keysDifferingInAnyPartAreDifferent() {
        KeyLines lines = new KeyLines();
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), 2)).isZero();
        assertThat(lines.firstLineOf(key("06131239", "PK-1", "2020-04-01"), 3)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2021-04-01"), 4)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-10", "2020-04-01"), 5)).isZero();
        assertThat(lines.size()).isEqualTo(4);
    }

    @Test
    void aMillionDistinctKeysAreAllNew() {
        KeyLines lines = new KeyLines();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(lines.firstLineOf(key("01130012", "PK-" + i, "2020-04-01"), i + 2L)).isZero();
        }
        assertThat(lines.size()).isEqualTo(1_000_000);
    }

    @Test
    void keysWhoseFirst64HashBitsCollideAreStillToldApartExactly() {
        // Every key hashes alike in its first 64 bits; the check bits differ per person.
        KeyLines lines = new KeyLines(k -> new long[] {42, k.personKey().hashCode()});
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), 2)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-2", "2020-04-01"), 3)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-3", "2020-04-01"), 4)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-2", "2020-04-01"), 5)).isEqualTo(3);
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), 6)).isEqualTo(2);
        assertThat(lines.size()).isEqualTo(3);
    }

    @Test
    void lineNumbersMustFitThePackedValue() {
        KeyLines lines = new KeyLines();
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), KeyLines.MAX_LINE)).isZero();
        assertThat(lines.firstLineOf(key("01130012", "PK-1", "2020-04-01"), 2)).isEqualTo(KeyLines.MAX_LINE);
        assertThatThrownBy(() -> lines.firstLineOf(key("01130012", "PK-2", "2020-04-01"), KeyLines.MAX_LINE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
