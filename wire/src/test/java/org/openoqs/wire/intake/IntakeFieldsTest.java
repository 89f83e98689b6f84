package org.openoqs.wire.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openoqs.core.medical.InOut;

class IntakeFieldsTest {
    enum Column implements IntakeColumn {
        Required(true), Optional(false);

        private final boolean required;

        Column(boolean required) { this.required = required; }

        @Override public boolean required() { return required; }
    }

    private static IntakeFields<Column> fields(String required, String optional) {
        Map<Column, String> values = new java.util.EnumMap<>(Column.class);
        if (required != null) values.put(Column.Required, required);
        if (optional != null) values.put(Column.Optional, optional);
        return new IntakeFields<>(7, values::get);
    }

    @Test
    void anAbsentRequiredValueIsAnErrorAnAbsentOptionalOneIsNot() {
        IntakeFields<Column> f = fields(null, null);
        assertThat(f.text(Column.Optional, 5)).isNull();
        assertThat(f.valid()).isTrue();
        assertThat(f.text(Column.Required, 5)).isNull();
        IntakeLine<String> line = f.result(() -> "never");
        assertThat(line.value()).isNull();
        assertThat(line.errors()).singleElement().hasToString("line 7, Required: required");
    }

    @Test
    void personKeysAreStrippedLimitedAndNeverMyNumbers() {
        assertThat(fields(" PK-1 ", null).personKey(Column.Required)).isEqualTo("PK-1");
        IntakeFields<Column> tooLong = fields("K".repeat(65), null);
        assertThat(tooLong.personKey(Column.Required)).isNull();
        assertThat(tooLong.result(() -> "").errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("longer than 64"));
        String myNumber = MyNumberGuardTest.withCheckDigit("12345678901");
        IntakeFields<Column> f = fields(myNumber, null);
        assertThat(f.personKey(Column.Required)).isNull();
        assertThat(f.result(() -> "").errors()).singleElement().satisfies(e -> {
            assertThat(e.value()).isNull();
            assertThat(e.message()).contains("個人番号");
            assertThat(e.toString()).doesNotContain(myNumber);
        });
    }

    @Test
    void datesAndCodes() {
        assertThat(fields("20250301", null).date(Column.Required)).isEqualTo(LocalDate.of(2025, 3, 1));
        IntakeFields<Column> f = fields("20250230", "9");
        assertThat(f.date(Column.Required)).isNull();
        assertThat(f.code(Column.Optional, InOut.class)).isNull();
        assertThat(f.result(() -> "").errors()).extracting(IntakeError::field, IntakeError::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Required", "20250230"), org.assertj.core.groups.Tuple.tuple("Optional", "9"));
        assertThat(fields("2", null).code(Column.Required, InOut.class)).isEqualTo(InOut.OUTSIDE);
    }

    @Test
    void positiveDecimalsWithinDigits() {
        assertThat(fields(" 0.5 ", null).positiveDecimal(Column.Required, 3, 2)).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(fields("100.10", null).positiveDecimal(Column.Required, 3, 1)).isEqualByComparingTo(new BigDecimal("100.1"));
        for (String bad : new String[] {"0", "-1", "abc", "1000", "0.125"}) {
            IntakeFields<Column> f = fields(bad, null);
            assertThat(f.positiveDecimal(Column.Required, 3, 2)).as(bad).isNull();
            assertThat(f.valid()).as(bad).isFalse();
        }
    }

    @Test
    void positiveIntegersUpToAMaximum() {
        assertThat(fields("28", null).positiveInteger(Column.Required, 99)).isEqualTo(28);
        for (String bad : new String[] {"0", "100", "1.5", "-3", "x", "99999999999"}) {
            IntakeFields<Column> f = fields(bad, null);
            assertThat(f.positiveInteger(Column.Required, 99)).as(bad).isNull();
            assertThat(f.result(() -> "").errors()).singleElement()
                    .satisfies(e -> assertThat(e.message()).isEqualTo("must be a whole number from 1 to 99"));
        }
    }
}
