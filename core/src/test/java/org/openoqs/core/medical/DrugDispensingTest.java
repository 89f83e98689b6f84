package org.openoqs.core.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openoqs.core.number.MedicalInstitutionCode;

class DrugDispensingTest {
    private static final MedicalInstitutionCode PHARMACY = MedicalInstitutionCode.parse("1340000015");

    private static DrugDispensing line(YearMonth month, String quantity, int seq) {
        return new DrugDispensing("PK1", LocalDate.of(2025, 3, 14), month, PHARMACY, "さくら薬局", InOut.OUTSIDE,
                DrugCode.parse("2171022F1020"), "アムロジピン錠5mg", null, new BigDecimal(quantity), "錠",
                "1日1回朝食後", 28, null, null, seq);
    }

    @Test
    void monthDefaultsToTheMonthOfTheDay() {
        assertThat(line(null, "1", 1).meTrMonth()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void quantitiesCompareEqualWhateverTheirScale() {
        assertThat(line(null, "1.000", 1)).isEqualTo(line(null, "1", 1));
        assertThat(line(null, "10", 1).qua1().toPlainString()).isEqualTo("10");
        assertThat(line(null, "0.50", 1).qua1().toPlainString()).isEqualTo("0.5");
    }

    @Test
    void seqIsPartOfTheKey() {
        DrugDispensing first = line(null, "1", 1);
        DrugDispensing second = first.withSeq(2);
        assertThat(second.key()).isNotEqualTo(first.key());
        assertThat(second.withSeq(1)).isEqualTo(first);
        assertThatThrownBy(() -> first.withSeq(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
