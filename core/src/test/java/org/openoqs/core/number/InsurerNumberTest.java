package org.openoqs.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.Prefecture;

class InsurerNumberTest {

    /** A valid number from its body, so each test controls exactly one property. */
    private static String valid(String body) {
        return CheckDigit.append(body);
    }

    @Test
    void readsEightDigitNumber() {
        InsurerNumber n = InsurerNumber.parse("06130488");

        assertThat(n.value()).isEqualTo("06130488");
        assertThat(n.isNationalHealthInsurance()).isFalse();
        assertThat(n.houbetsu()).isEqualTo(6);
        assertThat(n.prefecture()).isEqualTo(Prefecture.TOKYO);
        assertThat(n.padded()).isEqualTo("06130488");
        assertThat(n).hasToString("06130488");
    }

    @Test
    void readsSixDigitNationalHealthInsuranceNumber() {
        InsurerNumber n = InsurerNumber.parse("131011");

        assertThat(n.value()).isEqualTo("131011");
        assertThat(n.isNationalHealthInsurance()).isTrue();
        assertThat(n.houbetsu()).isZero();
        assertThat(n.prefecture()).isEqualTo(Prefecture.TOKYO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"131011", "  131011", "00131011", "１３１０１１", "　　１３１０１１", " 131011 "})
    void paddedAndFullWidthFormsReadAsCanonical(String raw) {
        InsurerNumber n = InsurerNumber.parse(raw);

        assertThat(n.value()).isEqualTo("131011");
        assertThat(n).isEqualTo(InsurerNumber.parse("131011"));
    }

    @Test
    void fullWidthEightDigitNumberReadsAsCanonical() {
        assertThat(InsurerNumber.parse("０６１３０４８８").value()).isEqualTo("06130488");
    }

    @Test
    void paddedIsRightAlignedWithSpaces() {
        assertThat(InsurerNumber.parse("00131011").padded()).isEqualTo("  131011");
        assertThat(InsurerNumber.parse("131045").padded()).isEqualTo("  131045").hasSize(8);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0113001, KYOKAI_KENPO",
            "0213001, SEAMEN",
            "0313001, DAY_LABOURER",
            "0613048, HEALTH_INSURANCE_SOCIETY",
            "0713001, SELF_DEFENSE",
            "3113001, MUTUAL_AID",
            "3213001, MUTUAL_AID",
            "3312001, MUTUAL_AID",
            "3413001, MUTUAL_AID",
            "3913001, LATE_ELDERLY",
            "6313001, SPECIAL_RETIRED",
            "6713001, NATIONAL_HEALTH_INSURANCE_RETIRED",
            "5413001, OTHER",
            "13101,   NATIONAL_HEALTH_INSURANCE",
            "13104,   NATIONAL_HEALTH_INSURANCE",
            "13301,   NATIONAL_HEALTH_INSURANCE_SOCIETY",
            "27305,   NATIONAL_HEALTH_INSURANCE_SOCIETY",
    })
    void kindFollowsHoubetsuOrNationalHealthInsuranceLayout(String body, InsurerKind expected) {
        assertThat(InsurerNumber.parse(valid(body)).kind()).isEqualTo(expected);
    }

    @Test
    void kindLabels() {
        assertThat(InsurerNumber.parse("06130488").kind().label()).isEqualTo("組合健保");
        assertThat(InsurerNumber.parse(valid("0113001")).kind().label()).isEqualTo("協会けんぽ");
        assertThat(InsurerNumber.parse(valid("3913001")).kind().label()).isEqualTo("後期高齢者医療");
        assertThat(InsurerNumber.parse("131011").kind().label()).isEqualTo("市町村国保");
        assertThat(InsurerNumber.parse(valid("13301")).kind().label()).isEqualTo("国保組合");
    }

    @ParameterizedTest(name = "都道府県番号 {0} → {1}")
    @CsvSource({"01, HOKKAIDO", "13, TOKYO", "47, OKINAWA", "51, HOKKAIDO", "63, TOKYO", "97, OKINAWA"})
    void acceptsPrimaryAndSecondaryPrefectureRanges(String prefecture, Prefecture expected) {
        assertThat(InsurerNumber.parse(valid("06" + prefecture + "001")).prefecture()).isEqualTo(expected);
        assertThat(InsurerNumber.parse(valid(prefecture + "001")).prefecture()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "48", "49", "50", "98", "99"})
    void rejectsPrefectureOutsideRanges(String prefecture) {
        String eight = valid("06" + prefecture + "001");
        assertThatThrownBy(() -> InsurerNumber.parse(eight))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("InsurerNumber");
                    assertThat(e.value()).isEqualTo(eight);
                    assertThat(e.reason()).contains("都道府県番号 " + prefecture);
                });
        String six = valid(prefecture + "101");
        assertThatThrownBy(() -> InsurerNumber.parse(six))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).contains("都道府県番号 " + prefecture));
    }

    @Test
    void rejectsWrongCheckDigitNamingFieldAndExpectedDigit() {
        assertThatThrownBy(() -> InsurerNumber.parse("06130487"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(InsurerNumber.FIELD).isEqualTo("InsurerNumber");
                    assertThat(e.value()).isEqualTo("06130487");
                    assertThat(e.reason()).contains("check digit").endsWith("expected 8");
                });
        assertThatThrownBy(() -> InsurerNumber.parse("  131012"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.value()).isEqualTo("  131012");
                    assertThat(e.reason()).endsWith("expected 1");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1310113", "061304880", "13101", "0613048A", "ABCDEFGH", "06-13-0488", "0613 0488"})
    void rejectsWrongLengthAndNonDigits(String raw) {
        assertThatThrownBy(() -> InsurerNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("InsurerNumber");
                    assertThat(e.value()).isEqualTo(raw);
                });
    }

    @Test
    void missingValueIsRequired() {
        assertThatThrownBy(() -> InsurerNumber.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("InsurerNumber");
                    assertThat(e.reason()).isEqualTo("required");
                });
        assertThatThrownBy(() -> InsurerNumber.parse("        "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.reason()).isEqualTo("required"));
    }

    @Test
    void constructorValidatesToo() {
        assertThat(new InsurerNumber("06130488")).isEqualTo(InsurerNumber.parse("06130488"));
        assertThatThrownBy(() -> new InsurerNumber("06130487")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new InsurerNumber("  131011")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new InsurerNumber(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void constructorCanonicalisesZeroPaddedNationalHealthInsuranceNumber() {
        InsurerNumber n = new InsurerNumber("00131011");

        assertThat(n).isEqualTo(InsurerNumber.parse("00131011"));
        assertThat(n.value()).isEqualTo("131011");
        assertThat(n.isNationalHealthInsurance()).isTrue();
        assertThat(n.kind()).isEqualTo(InsurerKind.NATIONAL_HEALTH_INSURANCE);
        assertThat(n.padded()).isEqualTo("  131011");
    }

    @Test
    void constructorRejectsNonAsciiDigitsAsInvalidValue() {
        assertThatThrownBy(() -> new InsurerNumber("０６１３０４８８"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("InsurerNumber");
                    assertThat(e.value()).isEqualTo("０６１３０４８８");
                });
    }
}
