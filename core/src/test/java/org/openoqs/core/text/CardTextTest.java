package org.openoqs.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;

class CardTextTest {

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "１２３４５         | 12345",
            "ＡＢ－１２         | AB-12",
            "ab12              | ab12",
            "12 34             | 1234",
            "１２　３４         | 1234",
            "'  1234  '        | 1234",
            "0012              | 0012",
            "００１２           | 0012",
            "千代田１２         | 千代田12",
            "港　あ１          | 港あ1",
    })
    void normalizeFoldsWidthRemovesSpacesKeepsZerosAndKanji(String raw, String expected) {
        assertThat(CardText.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void normalizeRemovesTabsAndNoBreakSpace() {
        assertThat(CardText.normalize("12\t34\u00A056")).isEqualTo("123456");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "　", " 　 ", "\t"})
    void blankIsAbsent(String raw) {
        assertThat(CardText.normalize(raw)).isNull();
        assertThat(CardText.symbol(raw)).isNull();
        assertThat(CardText.branchNumber(raw)).isNull();
    }

    @Test
    void symbolIsNormalised() {
        assertThat(CardText.symbol("１２－３４")).isEqualTo("12-34");
    }

    @Test
    void identificationNumberIsRequired() {
        assertThat(CardText.identificationNumber(" ００１２ ")).isEqualTo("0012");
        assertThatThrownBy(() -> CardText.identificationNumber("　"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("InsuredIdentificationNumber");
                    assertThat(e.reason()).isEqualTo("required");
                });
        assertThatThrownBy(() -> CardText.identificationNumber(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void twentyCharactersAllowedTwentyOneRejected() {
        String twenty = "12345678901234567890";
        assertThat(CardText.identificationNumber(twenty)).isEqualTo(twenty);
        assertThat(CardText.symbol(twenty)).isEqualTo(twenty);

        String twentyOne = twenty + "1";
        assertThatThrownBy(() -> CardText.identificationNumber(twentyOne))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("InsuredIdentificationNumber");
                    assertThat(e.value()).isEqualTo(twentyOne);
                    assertThat(e.reason()).contains("20");
                });
        assertThatThrownBy(() -> CardText.symbol(twentyOne))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("InsuredCardSymbol"));
    }

    @Test
    void lengthIsCountedAfterNormalisation() {
        // 20 digits with padding spaces is still 20 characters
        assertThat(CardText.identificationNumber("  1234567890 1234567890  ")).hasSize(20);
    }

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource({"1, 01", "１, 01", "01, 01", "０２, 02", "' 3 ', 03", "10, 10", "00, 00"})
    void branchNumberIsTwoDigitsWithLeadingZero(String raw, String expected) {
        assertThat(CardText.branchNumber(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "ab", "1a", "-1", "001"})
    void branchNumberRejectsOtherValues(String raw) {
        assertThatThrownBy(() -> CardText.branchNumber(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("InsuredBranchNumber");
                    assertThat(e.value()).isEqualTo(raw);
                });
    }
}
