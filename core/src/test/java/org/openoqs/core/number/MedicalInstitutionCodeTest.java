package org.openoqs.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

class MedicalInstitutionCodeTest {

    @Test
    void readsMhlwWorkedExample() {
        MedicalInstitutionCode code = MedicalInstitutionCode.parse("3410712362");

        assertThat(code.value()).isEqualTo("3410712362");
        // 都道府県番号 34 is 広島県 in JIS X 0401 (33 is 岡山県)
        assertThat(code.prefecture()).isEqualTo(Prefecture.HIROSHIMA);
        assertThat(code.prefecture().label()).isEqualTo("広島県");
        assertThat(code.feeSchedule()).isEqualTo(FeeSchedule.MEDICAL);
        assertThat(code.feeSchedule().label()).isEqualTo("医科");
        assertThat(code.sevenDigitForm()).isEqualTo("0712362");
        assertThat(code).hasToString("3410712362");
    }

    @Test
    void readsHokkaidoExample() {
        MedicalInstitutionCode code = MedicalInstitutionCode.parse("0110113719");

        assertThat(code.prefecture()).isEqualTo(Prefecture.HOKKAIDO);
        assertThat(code.feeSchedule()).isEqualTo(FeeSchedule.MEDICAL);
        assertThat(code.sevenDigitForm()).isEqualTo("0113719");
    }

    @Test
    void toleratesFullWidthAndSurroundingSpaces() {
        assertThat(MedicalInstitutionCode.parse("３４１０７１２３６２").value()).isEqualTo("3410712362");
        assertThat(MedicalInstitutionCode.parse(" 0110113719 ").value()).isEqualTo("0110113719");
    }

    @ParameterizedTest(name = "点数表番号 {0} → {1}")
    @CsvSource({"1, MEDICAL, 医科", "3, DENTAL, 歯科", "4, PHARMACY, 薬局"})
    void parsesConfirmedFeeSchedules(char digit, FeeSchedule expected, String label) {
        MedicalInstitutionCode code = MedicalInstitutionCode.parse(CheckDigit.append("13" + digit + "011234"));

        assertThat(code.feeSchedule()).isEqualTo(expected);
        assertThat(code.feeSchedule().digit()).isEqualTo(digit);
        assertThat(code.feeSchedule().label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '2', '5', '6', '9'})
    void rejectsOtherFeeSchedules(char digit) {
        String raw = CheckDigit.append("13" + digit + "011234");
        assertThatThrownBy(() -> MedicalInstitutionCode.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("MedicalInstitutionCode");
                    assertThat(e.value()).isEqualTo(raw);
                    assertThat(e.reason()).contains("点数表番号");
                });
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThatThrownBy(() -> MedicalInstitutionCode.parse("3410712363"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("MedicalInstitutionCode");
                    assertThat(e.reason()).endsWith("expected 2");
                });
    }

    @Test
    void checkDigitCoversPrefectureAndFeeSchedule() {
        // Same 7-digit tail under another prefecture: the 7-digit form alone cannot be validated.
        assertThatThrownBy(() -> MedicalInstitutionCode.parse("3310712362")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MedicalInstitutionCode.parse("3430712362")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "48", "50", "98"})
    void rejectsInvalidPrefecture(String prefecture) {
        String raw = CheckDigit.append(prefecture + "1011234");
        assertThatThrownBy(() -> MedicalInstitutionCode.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.reason()).contains("都道府県番号"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0712362", "341071236", "34107123620", "341071236X", ""})
    void rejectsWrongLengthAndNonDigits(String raw) {
        assertThatThrownBy(() -> MedicalInstitutionCode.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("MedicalInstitutionCode"));
    }

    @Test
    void constructorValidatesAndRejectsNonAsciiDigitsAsInvalidValue() {
        assertThat(new MedicalInstitutionCode("3410712362")).isEqualTo(MedicalInstitutionCode.parse("3410712362"));
        assertThatThrownBy(() -> new MedicalInstitutionCode("3410712363")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MedicalInstitutionCode("3410712３62"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("MedicalInstitutionCode"));
    }
}
