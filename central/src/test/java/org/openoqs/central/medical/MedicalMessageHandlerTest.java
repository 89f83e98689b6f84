package org.openoqs.central.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.central.medical.MedicalTestData.A;
import static org.openoqs.central.medical.MedicalTestData.B;
import static org.openoqs.central.medical.MedicalTestData.PHARMACY;
import static org.openoqs.central.medical.MedicalTestData.drug;
import static org.openoqs.central.medical.MedicalTestData.item;
import static org.openoqs.central.medical.MedicalTestData.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.core.code.Sex;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentState;
import org.openoqs.wire.medical.DrugInformationResult;
import org.openoqs.wire.medical.HealthCheckupInformationResult;
import org.openoqs.wire.medical.MedicalInformationRequest;
import org.openoqs.wire.medical.MedicalInformationRequestBody;
import org.openoqs.wire.medical.MedicalInformationRequestHeader;

class MedicalMessageHandlerTest {
    static final LocalDate TODAY = MedicalInformationServiceTest.TODAY;
    final InMemoryMedicalConsent consent = new InMemoryMedicalConsent();
    final List<Object> events = new ArrayList<>();
    MedicalMessageHandler handler;

    @BeforeEach
    void setUp() {
        var store = MedicalTestData.qualifications(List.of(qualification("PK-1", "01130012", "1234", "9999", "00",
                "佐藤　次郎", LocalDate.of(1975, 1, 20), Sex.MALE, LocalDate.of(2020, 4, 1))));
        var drugs = new MedicalTestData.Drugs();
        drugs.records.add(drug("PK-1", TODAY.minusDays(3), PHARMACY, "2171022F1020", "アムロジピン錠5mg", null));
        var checkups = new MedicalTestData.Checkups();
        checkups.records.add(item("PK-1", TODAY.minusDays(30), "9N001000000000001", "身長", "170.1"));
        MedicalResultCodes codes = new MedicalResultCodes();
        var service = new MedicalInformationService(new MedicalPersonResolver(store, null), drugs, checkups,
                MedicalInformationServiceTest.provider(consent), codes, events::add, MedicalInformationServiceTest.CLOCK, 3, 5);
        handler = new MedicalMessageHandler(service, codes);
    }

    /** A request whose header claims institution B. */
    static MedicalInformationRequest request(String insurer, String fileCategory) {
        return new MedicalInformationRequest(new MedicalInformationRequestHeader(B, insurer, "1234", "9999", "00", "file-7"),
                new MedicalInformationRequestBody(null, null, fileCategory, "1", "1"));
    }

    @Test
    void theTransportsInstitutionIsAskedNeverTheHeaders() {
        consent.set(A, "PK-1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EFFECTIVE);
        DrugInformationResult granted = handler.drugInformation(request("01130012", "2"), A, CharacterCodeIdentifier.UTF_8);
        assertThat(granted.messageHeader().resultCode()).isEqualTo("1");
        assertThat(granted.messageHeader().medicalInstitutionCode()).isEqualTo(A);
        assertThat(granted.messageBody().meTrMonthInf()).hasSize(1);
        assertThat(((MedicalInformationViewed) events.get(0)).institutionCode()).isEqualTo(A);

        consent.clear();
        consent.set(B, "PK-1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EFFECTIVE);
        DrugInformationResult refused = handler.drugInformation(request("01130012", "2"), A, CharacterCodeIdentifier.UTF_8);
        assertThat(refused.messageHeader().resultCode()).isEqualTo("E1001");
    }

    @Test
    void theResultEchoesTheFileIdentifierAndTheEncoding() {
        consent.set(A, "PK-1", ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, ConsentState.EFFECTIVE);
        HealthCheckupInformationResult r = handler.healthCheckupInformation(request("01130012", "1"), A,
                CharacterCodeIdentifier.SHIFT_JIS);
        assertThat(r.messageHeader().arbitraryFileIdentifier()).isEqualTo("file-7");
        assertThat(r.messageHeader().characterCodeIdentifier()).isEqualTo("1");
        assertThat(r.messageHeader().messageContents()).isEqualTo("PDF形式には対応していないため、XML形式で回答します。");
        assertThat(r.messageBody().specificHealthCheckupInfo()).hasSize(1);
    }

    @Test
    void anUnreadableRequestIsARefusalNamingTheFieldAndIsRecorded() {
        DrugInformationResult r = handler.drugInformation(request("0113001X", "2"), A, CharacterCodeIdentifier.UTF_8);
        assertThat(r.messageHeader().resultCode()).isEqualTo("E1201");
        assertThat(r.messageHeader().messageContents()).startsWith("入力誤り").contains("InsurerNumber");
        assertThat(r.messageHeader().medicalInstitutionCode()).isEqualTo(A);
        assertThat(r.messageBody()).isNull();
        assertThat(events).singleElement().satisfies(e -> assertThat(((MedicalInformationViewed) e).outcomeCode()).isEqualTo("E1201"));
    }

    @Test
    void anInvalidTransportInstitutionIsNotEchoed() {
        DrugInformationResult r = handler.drugInformation(request("01130012", "2"), "99", CharacterCodeIdentifier.UTF_8);
        assertThat(r.messageHeader().resultCode()).isEqualTo("E1201");
        assertThat(r.messageHeader().medicalInstitutionCode()).isNull();
        assertThat(r.messageHeader().messageContents()).contains("MedicalInstitutionCode");
    }
}
