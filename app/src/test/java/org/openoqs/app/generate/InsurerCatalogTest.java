package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.number.CheckDigit;

class InsurerCatalogTest {
    private final AddressPool addresses = new AddressPool();
    private final InsurerCatalog catalog = new InsurerCatalog(addresses);

    @Test
    void everyNumberHasAValidCheckDigitAndPrefecture() {
        assertThat(catalog.all()).allSatisfy(insurer -> {
            assertThat(CheckDigit.isValid(insurer.number())).as(insurer.number()).isTrue();
            assertThat(Prefecture.fromNumber(Integer.parseInt(prefectureDigits(insurer.number()))))
                    .contains(insurer.prefecture());
        });
    }

    @Test
    void numbersAreUniqueAndIndexedInOrder() {
        assertThat(catalog.all()).extracting(Insurer::number).doesNotHaveDuplicates();
        for (int i = 0; i < catalog.all().size(); i++) assertThat(catalog.all().get(i).index()).isEqualTo(i);
    }

    @Test
    void layoutsFollowTheKind() {
        assertThat(catalog.all()).allSatisfy(insurer -> {
            String n = insurer.number();
            switch (insurer.kind()) {
                case KYOKAI_KENPO -> assertThat(n).matches("01\\d{2}001\\d");
                case KUMIAI_KENPO -> assertThat(n).matches("06\\d{6}");
                case KYOSAI -> assertThat(n).matches("3[1-4]\\d{6}");
                case SHICHOSON_KOKUHO -> assertThat(n).matches("\\d{2}[^3]\\d{3}");
                case KOKUHO_KUMIAI -> assertThat(n).matches("\\d{2}3\\d{3}");
                case KOKI_KOREI -> assertThat(n).matches("39\\d{2}1\\d{3}");
            }
        });
    }

    @Test
    void everyKindIsPresentWithJapaneseNames() {
        assertThat(catalog.all()).extracting(Insurer::kind).contains(InsurerKind.values());
        assertThat(names(InsurerKind.KYOKAI_KENPO)).hasSize(47).contains("全国健康保険協会東京支部",
                "全国健康保険協会北海道支部");
        assertThat(catalog.all()).filteredOn(i -> i.name().equals("全国健康保険協会東京支部"))
                .extracting(Insurer::number).containsExactly("01130012");
        assertThat(names(InsurerKind.KUMIAI_KENPO)).allMatch(n -> n.endsWith("健康保険組合")).doesNotHaveDuplicates();
        assertThat(names(InsurerKind.SHICHOSON_KOKUHO)).contains("千代田区");
        assertThat(catalog.all()).filteredOn(i -> i.name().equals("千代田区"))
                .extracting(Insurer::number).containsExactly("131011");
        assertThat(names(InsurerKind.KOKUHO_KUMIAI)).contains("東京都医師国民健康保険組合");
        assertThat(names(InsurerKind.KOKI_KOREI)).contains("東京都後期高齢者医療広域連合", "大阪府後期高齢者医療広域連合");
        assertThat(names(InsurerKind.KYOSAI)).contains("警察共済組合千葉県支部");
    }

    @Test
    void kokuhoAndKokiKoreiMatchTheMunicipality() {
        SplittableRandom random = new SplittableRandom(1);
        for (Municipality m : addresses.municipalities()) {
            Insurer koki = catalog.kokiKorei(m);
            assertThat(koki.kind()).isEqualTo(InsurerKind.KOKI_KOREI);
            assertThat(koki.prefecture()).isEqualTo(m.prefecture());
            Insurer kokuho = catalog.pickKokuho(m, random);
            assertThat(kokuho.kind().isKokuho()).isTrue();
            assertThat(kokuho.prefecture()).isEqualTo(m.prefecture());
        }
    }

    @Test
    void aJobChangeAlwaysLeadsToAnotherEmployeeInsurer() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            Insurer current = catalog.pickEmployeeInsurer(Prefecture.TOKYO, random);
            Insurer next = catalog.pickOtherEmployeeInsurer(current, random);
            assertThat(current.kind().isEmployeeInsurance()).isTrue();
            assertThat(next).isNotEqualTo(current);
            assertThat(next.kind().isEmployeeInsurance()).isTrue();
        }
    }

    @Test
    void writesTheCatalogueAsCsv() throws Exception {
        StringWriter out = new StringWriter();
        catalog.writeCsv(out);
        assertThat(out.toString()).startsWith("InsurerNumber,InsurerName,kind\n").doesNotContain("\r");
        List<CSVRecord> rows = GeneratedPopulation.parse(out.toString());
        assertThat(rows).hasSize(catalog.all().size());
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("InsurerNumber")).isEqualTo("01130012");
            assertThat(r.get("InsurerName")).isEqualTo("全国健康保険協会東京支部");
            assertThat(r.get("kind")).isEqualTo("KYOKAI_KENPO");
        });
    }

    @Test
    void theCatalogueIsTheSameEveryTime() {
        assertThat(new InsurerCatalog(new AddressPool()).all()).isEqualTo(catalog.all());
    }

    private List<String> names(InsurerKind kind) {
        return catalog.all().stream().filter(i -> i.kind() == kind).map(Insurer::name).collect(Collectors.toList());
    }

    private static String prefectureDigits(String number) {
        return number.length() == 6 ? number.substring(0, 2) : number.substring(2, 4);
    }
}
