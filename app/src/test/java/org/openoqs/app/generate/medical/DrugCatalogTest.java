package org.openoqs.app.generate.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openoqs.core.medical.DrugCode;

class DrugCatalogTest {

    @Test
    void aboutFortyDrugsWithCodesTheIntakeAccepts() {
        assertThat(DrugCatalog.all()).hasSizeBetween(38, 50);
        assertThat(DrugCatalog.all()).allSatisfy(d -> {
            assertThat(DrugCode.parse(d.code()).value()).isEqualTo(d.code());
            assertThat(new BigDecimal(d.quantity())).isPositive();
            assertThat(d.name()).isNotBlank();
            assertThat(d.usage()).isNotBlank();
        });
        assertThat(DrugCatalog.get("amlodipine").name()).isEqualTo("アムロジピン錠5mg");
        assertThatThrownBy(() -> DrugCatalog.get("unknown")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesFollowTheDosing() {
        assertThat(DrugCatalog.get("amlodipine").times(56)).isEqualTo(56);
        assertThat(DrugCatalog.get("alendronate").times(28)).isEqualTo(4);
        assertThat(DrugCatalog.get("loxoprofenPrn").times(28)).isEqualTo(10);
        assertThat(DrugCatalog.get("acetaminophen").times(1)).isEqualTo(3);
        assertThat(DrugCatalog.get("heparinoid").times(14)).isEqualTo(1);
    }
}
