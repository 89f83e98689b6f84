package org.openoqs.core.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.OqsCode;

class DataTypeTest {

    @Test
    void quantitiesAreCanonicalDecimals() {
        assertThat(DataType.PQ.canonicalValue(" 120.0 ")).isEqualTo("120");
        assertThat(DataType.PQ.canonicalValue("5.60")).isEqualTo("5.6");
        assertThat(DataType.PQ.canonicalValue("1E+2")).isEqualTo("100");
        assertThatThrownBy(() -> DataType.PQ.canonicalValue("高い")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("DataValue").hasMessageContaining("PQ");
    }

    @Test
    void codesHaveNoSpaces() {
        assertThat(DataType.CD.canonicalValue(" 1 ")).isEqualTo("1");
        assertThatThrownBy(() -> DataType.CD.canonicalValue("1 2")).hasMessageContaining("CD");
        assertThatThrownBy(() -> DataType.CD.canonicalValue("x".repeat(21))).hasMessageContaining("20");
    }

    @Test
    void textIsStrippedAndLimited() {
        assertThat(DataType.ST.canonicalValue(" 特記事項なし ")).isEqualTo("特記事項なし");
        assertThatThrownBy(() -> DataType.ST.canonicalValue("あ".repeat(401))).hasMessageContaining("400");
    }

    @Test
    void everyTypeNeedsAValue() {
        for (DataType type : DataType.values()) {
            assertThatThrownBy(() -> type.canonicalValue("  ")).hasMessageContaining("required");
        }
    }

    @Test
    void codesAreTheHl7Names() {
        assertThat(OqsCode.parse(DataType.class, "DataType", "CD")).isEqualTo(DataType.CD);
        assertThatThrownBy(() -> OqsCode.parse(DataType.class, "DataType", "NM")).hasMessageContaining("[PQ, CD, ST]");
    }
}
