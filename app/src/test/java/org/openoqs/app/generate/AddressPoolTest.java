package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Prefecture;

class AddressPoolTest {
    private final AddressPool pool = new AddressPool();

    @Test
    void everyPrefectureHasMunicipalitiesWithDistinctCodes() {
        assertThat(pool.municipalities()).extracting(Municipality::prefecture).contains(Prefecture.values());
        assertThat(pool.municipalities()).extracting(m -> m.prefecture().code() + m.localCode())
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("\\d{2}[12]\\d{2}"));
        assertThat(pool.municipalities()).allSatisfy(m -> assertThat(m.postcodePrefix()).matches("\\d{3}"));
    }

    @Test
    void addressesStartWithPrefectureAndMunicipalityAndHaveAHyphenatedPostcode() {
        SplittableRandom random = new SplittableRandom(2);
        for (Municipality m : pool.municipalities()) {
            AddressPool.Address address = pool.address(m, random);
            assertThat(address.text()).startsWith(m.prefecture().label() + m.name())
                    .matches(".+[０-９]+丁目[０-９]+番[０-９]+号");
            assertThat(address.postNumber()).matches(m.postcodePrefix() + "-\\d{4}");
        }
    }

    @Test
    void municipalitiesAreDrawnByPopulation() {
        SplittableRandom random = new SplittableRandom(3);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 100_000; i++) counts.merge(pool.pickMunicipality(random).name(), 1, Integer::sum);
        assertThat(counts.get("横浜市")).isGreaterThan(counts.get("千代田区") * 20);
    }

    @Test
    void shortNamesDropTheSuffixForKanjiCardSymbols() {
        assertThat(pool.municipalities()).filteredOn(m -> m.name().equals("千代田区"))
                .extracting(Municipality::shortName).containsExactly("千代田");
    }
}
