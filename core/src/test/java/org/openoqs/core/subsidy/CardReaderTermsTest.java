package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.table.TableException;

class CardReaderTermsTest {
    private static final CardReaderTerms TERMS = CardReaderTerms.bundled();
    private static final String HEADER = String.join(",", CardReaderTerms.PRODUCT_COLUMNS);

    @Test
    void bundlesTheFourProductsOfTheReference() {
        assertThat(TERMS.products()).extracting(CardReaderProduct::maker).containsExactly(
                "パナソニック システムソリューションズ ジャパン株式会社", "株式会社アルメックス",
                "キヤノンマーケティングジャパン株式会社", "富士通Japan株式会社");
        assertThat(TERMS.products()).allSatisfy(p -> {
            assertThat(p.leadMonths()).isEqualTo(4);
            assertThat(p.confidence()).isEqualTo(Confidence.S);
        });
        assertThat(TERMS.product("ALMEX-MYNATOUCH").displayName()).isEqualTo("株式会社アルメックス マイナタッチ");
        assertThat(TERMS.product("CANON-CAORA").productName()).isEqualTo("Caora");
        assertThat(TERMS.product("PANASONIC").productName()).isNull();
        assertThat(TERMS.product("FUJITSU-JAPAN").displayName()).isEqualTo("富士通Japan株式会社");
    }

    @ParameterizedTest
    @CsvSource({"HOSPITAL, 3", "MEDICAL_CLINIC, 1", "DENTAL_CLINIC, 1", "PHARMACY, 1"})
    void freeUnitsAreThreeForAHospitalAndOneOtherwise(InstitutionType type, int free) {
        assertThat(TERMS.freeUnits(type)).isEqualTo(free);
    }

    @ParameterizedTest
    @CsvSource({"HOSPITAL, 0, 0, 0", "HOSPITAL, 2, 2, 0", "HOSPITAL, 3, 3, 0", "HOSPITAL, 5, 3, 2",
            "MEDICAL_CLINIC, 1, 1, 0", "DENTAL_CLINIC, 2, 1, 1", "PHARMACY, 4, 1, 3"})
    void splitsAnOrderIntoFreeAndPaidUnits(InstitutionType type, int requested, int free, int paid) {
        assertThat(TERMS.freeUnitsOrdered(type, requested)).isEqualTo(free);
        assertThat(TERMS.paidUnits(type, requested)).isEqualTo(paid);
    }

    @Test
    void rejectsANegativeOrder() {
        assertThatThrownBy(() -> TERMS.paidUnits(InstitutionType.PHARMACY, -1))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("RequestedUnits"));
    }

    @Test
    void deliveryIsTheOrderMonthPlusTheLeadMonths() {
        // seed 002: 申込 by about 2022-09, 配送 about 4 months later
        assertThat(TERMS.estimatedDelivery("CANON-CAORA", LocalDate.of(2022, 9, 30))).isEqualTo(YearMonth.of(2023, 1));
        assertThat(TERMS.estimatedDelivery("PANASONIC", LocalDate.of(2022, 11, 1))).isEqualTo(YearMonth.of(2023, 3));
        assertThat(TERMS.estimatedDelivery(" PANASONIC ", LocalDate.of(2022, 12, 31))).isEqualTo(YearMonth.of(2023, 4));
    }

    @Test
    void deliveryNoticeComesByThe10thOfTheMonthBefore() {
        assertThat(TERMS.deliveryNoticeBy(YearMonth.of(2023, 1))).isEqualTo(LocalDate.of(2022, 12, 10));
        assertThat(TERMS.deliveryNoticeBy(YearMonth.of(2023, 3))).isEqualTo(LocalDate.of(2023, 2, 10));
    }

    @Test
    void unknownProductCodeNamesTheField() {
        assertThatThrownBy(() -> TERMS.estimatedDelivery("HI-CARA", LocalDate.of(2022, 9, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("CardReaderProduct");
                    assertThat(e.value()).isEqualTo("HI-CARA");
                    assertThat(e.reason()).contains("PANASONIC", "ALMEX-MYNATOUCH", "CANON-CAORA", "FUJITSU-JAPAN");
                });
        assertThatThrownBy(() -> TERMS.product(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsAnotherCatalogue() {
        CardReaderTerms terms = CardReaderTerms.read(new StringReader(HEADER + "\nX,Maker,,2,U,\n"), "p.csv");
        assertThat(terms.estimatedDelivery("X", LocalDate.of(2024, 11, 15))).isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void malformedCataloguesNameSourceLineAndColumn() {
        assertProblem(HEADER + "\nX,Maker,,4か月,S,", "p.csv line 2, column LeadMonths: not a whole number: '4か月'");
        assertProblem(HEADER + "\nX,Maker,,4,S,\nX,Other,,3,S,",
                "p.csv line 3, column ProductCode: duplicate 'X' (first on line 2)");
        assertProblem(HEADER + "\nX,,,4,S,", "p.csv line 2, column Maker: required");
        assertProblem(HEADER + "\n", "p.csv: no product rows");
    }

    private static void assertProblem(String text, String message) {
        assertThatThrownBy(() -> CardReaderTerms.read(new StringReader(text), "p.csv"))
                .isInstanceOf(TableException.class).hasMessage(message);
    }
}
