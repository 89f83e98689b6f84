package org.openoqs.central.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.wire.medical.MedicalInformationRequest;
import org.openoqs.wire.medical.MedicalInformationRequestBody;
import org.openoqs.wire.medical.MedicalInformationRequestHeader;

class MedicalRequestReaderTest {
    static final ConsentCategory YZK = ConsentCategory.PHARMACISTS_INFO;
    static final ConsentCategory TKK = ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO;
    final MedicalRequestReader reader = new MedicalRequestReader(new MedicalResultCodes());

    static MedicalInformationRequest request(String insurer, String symbol, String number, String branch,
                                             MedicalInformationRequestBody body) {
        return new MedicalInformationRequest(new MedicalInformationRequestHeader("1312345679", insurer, symbol, number,
                branch, "f-1"), body);
    }

    static MedicalInformationRequestBody body(String start, String end, String fileCategory, String flag) {
        return new MedicalInformationRequestBody(start, end, fileCategory, "1", flag);
    }

    @Test
    void readsTheCardKeysOfTheHeaderNormalised() {
        MedicalQuery q = reader.read(request("  131011", "千代田 ", "０００１２３", "1", null), YZK);
        assertThat(q.who()).isEqualTo(new PersonReference.ByCard(InsurerNumber.parse("131011"),
                new InsuredCard("千代田", "000123", "01")));
        assertThat(q.period()).isEqualTo(RequestedPeriod.ALL);
        assertThat(q.notes()).isEmpty();
    }

    @Test
    void readsThePeriodAndTheTreatmentFlag() {
        MedicalQuery q = reader.read(request("06131239", "77", "1001", "00", body("20250101", "20251231", "2", "4")), YZK);
        assertThat(q.period()).isEqualTo(new RequestedPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(reader.read(request("06131239", null, "1001", null, body(null, "20251231", null, null)), TKK).period())
                .isEqualTo(new RequestedPeriod(null, LocalDate.of(2025, 12, 31)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "99999999|77|1001|00|||InsurerNumber",
            "06131239|77||00|||InsuredPersonIdentificationNumber",
            "06131239|77|1001|123|||BranchNumber",
            "06131239|123456789012345678901|1001|00|||InsuranceCardSymbol",
            "06131239|77|1001|00|20250230||StartDate",
            "06131239|77|1001|00|20250301|20250201|EndDate",
            "06131239|77|1001|00|||FileCategory:5",
            "06131239|77|1001|00|||MedicalTreatmentFlag:9"})
    void everyUnusableValueNamesTheRequestsElement(String insurer, String symbol, String number, String branch,
                                                   String start, String end, String field) {
        String fileCategory = field.equals("FileCategory:5") ? "5" : "2";
        String flag = field.equals("MedicalTreatmentFlag:9") ? "9" : "1";
        MedicalInformationRequest request = request(insurer, symbol, number, branch, body(start, end, fileCategory, flag));
        assertThatThrownBy(() -> reader.read(request, YZK)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field.replaceAll(":.*", "")));
    }

    @Test
    void aRequestWithoutHeaderCannotBeRead() {
        assertThatThrownBy(() -> reader.read(new MedicalInformationRequest(null, null), YZK))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("MessageHeader");
    }

    @Test
    void pdfAndDiagnosisAreAnsweredWithNotes() {
        assertThat(reader.read(request("06131239", "77", "1001", "00", body(null, null, "1", null)), YZK).notes())
                .containsExactly("PDF形式には対応していないため、XML形式で回答します。");
        assertThat(reader.read(request("06131239", "77", "1001", "00", body(null, null, "3", null)), YZK).notes())
                .containsExactly("PDF形式には対応していないため、XML形式で回答します。", "診療情報は提供していないため、薬剤情報のみ回答します。");
        assertThat(reader.read(request("06131239", "77", "1001", "00", body(null, null, "4", null)), YZK).notes())
                .containsExactly("診療情報は提供していないため、薬剤情報のみ回答します。");
        assertThat(reader.read(request("06131239", "77", "1001", "00", body(null, null, "1", null)), TKK).notes()).hasSize(1);
        assertThatThrownBy(() -> reader.read(request("06131239", "77", "1001", "00", body(null, null, "3", null)), TKK))
                .hasMessageContaining("FileCategory").hasMessageContaining("1 or 2");
    }
}
