package org.openoqs.central.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.central.medical.MedicalTestData.A;
import static org.openoqs.central.medical.MedicalTestData.B;
import static org.openoqs.central.medical.MedicalTestData.CLINIC;
import static org.openoqs.central.medical.MedicalTestData.PHARMACY;
import static org.openoqs.central.medical.MedicalTestData.drug;
import static org.openoqs.central.medical.MedicalTestData.item;
import static org.openoqs.central.medical.MedicalTestData.qualification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openoqs.core.code.Sex;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentState;
import org.openoqs.core.date.DateRange;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.InsuredCard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class MedicalInformationServiceTest {
    static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(JST).toInstant(), JST);
    static final PersonReference SATO = card("01130012", "1234", "9999", "00");

    final InMemoryMedicalConsent consent = new InMemoryMedicalConsent();
    final MedicalTestData.Drugs drugs = new MedicalTestData.Drugs();
    final MedicalTestData.Checkups checkups = new MedicalTestData.Checkups();
    final List<Object> events = new ArrayList<>();
    MedicalInformationService service;

    static PersonReference card(String insurer, String symbol, String number, String branch) {
        return new PersonReference.ByCard(InsurerNumber.parse(insurer), InsuredCard.of(symbol, number, branch));
    }

    MedicalInformationService service(ObjectProvider<MedicalInformationConsent> consents) {
        var store = MedicalTestData.qualifications(List.of(
                qualification("PK-B1", "06131239", "77", "1001", "00", "佐藤　次郎（旧）", LocalDate.of(1975, 1, 20), Sex.MALE, LocalDate.of(2010, 4, 1)),
                qualification("PK-B1", "01130012", "1234", "9999", "00", "佐藤　次郎", LocalDate.of(1975, 1, 20), Sex.MALE, LocalDate.of(2026, 4, 1)),
                qualification("PK-A1", "01130012", "1234", "5678", "00", "山田　太郎", LocalDate.of(1980, 4, 15), Sex.MALE, LocalDate.of(2015, 4, 1)),
                qualification("PK-A2", "01130012", "1234", "5678", "01", "山田　花子", LocalDate.of(1982, 7, 10), Sex.FEMALE, LocalDate.of(2015, 4, 1))));
        return new MedicalInformationService(new MedicalPersonResolver(store, null), drugs, checkups, consents,
                new MedicalResultCodes(), events::add, CLOCK, 3, 5);
    }

    static ObjectProvider<MedicalInformationConsent> provider(MedicalInformationConsent consent) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (consent != null) beans.addBean("consent", consent);
        return beans.getBeanProvider(MedicalInformationConsent.class);
    }

    @BeforeEach
    void setUp() {
        service = service(provider(consent));
        drugs.records.add(drug("PK-B1", TODAY.minusDays(3), PHARMACY, "2171022F1020", "アムロジピン錠5mg", TODAY.minusDays(3)));
        drugs.records.add(drug("PK-B1", TODAY.minusMonths(2), CLINIC, "6149003F1020", "クラリスロマイシン錠200mg", null));
        drugs.records.add(drug("PK-B1", TODAY.minusYears(3), PHARMACY, "2171022F1020", "アムロジピン錠5mg", null));
        drugs.records.add(drug("PK-A1", TODAY.minusDays(1), PHARMACY, "1149019F1020", "ロキソプロフェンNa錠60mg", null));
        checkups.records.add(item("PK-B1", TODAY.minusMonths(6), "9N001000000000001", "身長", "170.1"));
        checkups.records.add(item("PK-B1", TODAY.minusYears(4), "9N001000000000001", "身長", "170.3"));
        checkups.records.add(item("PK-B1", TODAY.minusYears(5), "9N001000000000001", "身長", "170.5"));
    }

    MedicalInformationViewed lastEvent() {
        assertThat(events).isNotEmpty();
        return (MedicalInformationViewed) events.get(events.size() - 1);
    }

    @Test
    void anEffectiveConsentOpensTheLastThreeYearsOfDrugs() {
        consent.set(A, "PK-B1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EFFECTIVE);
        MedicalAnswer<DrugDispensing> answer = service.drugHistory(A, SATO, RequestedPeriod.ALL);
        assertThat(answer.granted()).isTrue();
        assertThat(answer.resultCode()).isEqualTo("1");
        assertThat(answer.messageContents()).isNull();
        assertThat(answer.person()).isEqualTo(new MedicalPerson("PK-B1", "佐藤　次郎", "ｶﾅ", LocalDate.of(1975, 1, 20), Sex.MALE));
        assertThat(answer.range()).isEqualTo(new DateRange(TODAY.minusYears(3).plusDays(1), TODAY));
        assertThat(answer.entries()).extracting(DrugDispensing::diDate).containsExactly(TODAY.minusDays(3), TODAY.minusMonths(2));
        assertThat(answer.answeredAt()).isEqualTo(LocalDateTime.of(2026, 5, 1, 9, 30));
        assertThat(lastEvent()).isEqualTo(new MedicalInformationViewed(Instant.parse("2026-05-01T00:30:00Z"), A, "PK-B1",
                ConsentCategory.PHARMACISTS_INFO, "1", 2));
    }

    @Test
    void theRequestedPeriodNarrowsTheWindowButNeverWidensIt() {
        consent.set(A, "PK-B1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EFFECTIVE);
        var recent = service.drugHistory(A, SATO, new RequestedPeriod(TODAY.minusDays(10), null));
        assertThat(recent.entries()).extracting(DrugDispensing::drugN).containsExactly("アムロジピン錠5mg");
        var ancient = service.drugHistory(A, SATO, new RequestedPeriod(TODAY.minusYears(10), TODAY.minusYears(4)));
        assertThat(ancient.granted()).isTrue();
        assertThat(ancient.range()).isNull();
        assertThat(ancient.entries()).isEmpty();
        assertThat(lastEvent().entryCount()).isZero();
    }

    @Test
    void checkupsReachFiveYearsBack() {
        consent.set(A, "PK-B1", ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, ConsentState.EFFECTIVE);
        MedicalAnswer<HealthCheckupItem> answer = service.checkupHistory(A, SATO, RequestedPeriod.ALL);
        assertThat(answer.entries()).extracting(HealthCheckupItem::dataValue).containsExactly("170.1", "170.3");
        assertThat(lastEvent().category()).isEqualTo(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO);
    }

    @Test
    void theOldCardOfAPersonStillNamesThemWithTheFactsOfThatCardsRecord() {
        consent.set(A, "PK-B1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EFFECTIVE);
        MedicalAnswer<DrugDispensing> answer = service.drugHistory(A, card("06131239", "77", "1001", "00"), RequestedPeriod.ALL);
        assertThat(answer.granted()).isTrue();
        assertThat(answer.entries()).hasSize(2);
        // As in 資格確認, a query with the old card is not told what the new insurer registered.
        assertThat(answer.person().name()).isEqualTo("佐藤　次郎（旧）");
    }

    @ParameterizedTest
    @CsvSource({"EXPIRED, CONSENT_EXPIRED, E1002, 同意の有効期限切れ：薬剤情報", "WITHDRAWN, CONSENT_WITHDRAWN, E1003, 同意撤回：薬剤情報",
            "NONE, NO_CONSENT, E1001, 同意なし：薬剤情報"})
    void everyOtherConsentStateIsARefusalWithoutData(ConsentState state, MedicalOutcome outcome, String code, String message) {
        consent.set(A, "PK-B1", ConsentCategory.PHARMACISTS_INFO, state);
        MedicalAnswer<DrugDispensing> answer = service.drugHistory(A, SATO, RequestedPeriod.ALL);
        assertThat(answer.outcome()).isEqualTo(outcome);
        assertThat(answer.resultCode()).isEqualTo(code);
        assertThat(answer.messageContents()).startsWith(message);
        assertThat(answer.entries()).isEmpty();
        assertThat(answer.person()).isNull();
        assertThat(lastEvent()).isEqualTo(new MedicalInformationViewed(Instant.parse("2026-05-01T00:30:00Z"), A, "PK-B1",
                ConsentCategory.PHARMACISTS_INFO, code, 0));
    }

    @Test
    void aConsentOpensInformationOnlyToItsInstitutionAndCategory() {
        consent.set(A, "PK-B1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EFFECTIVE);
        assertThat(service.drugHistory(B, SATO, RequestedPeriod.ALL).outcome()).isEqualTo(MedicalOutcome.NO_CONSENT);
        assertThat(lastEvent().institutionCode()).isEqualTo(B);
        assertThat(service.checkupHistory(A, SATO, RequestedPeriod.ALL).outcome()).isEqualTo(MedicalOutcome.NO_CONSENT);
        assertThat(service.checkupHistory(A, SATO, RequestedPeriod.ALL).messageContents()).startsWith("同意なし：特定健診情報");
    }

    @Test
    void anUnknownCardAndAHouseholdCardWithoutBranchAreRefused() {
        var unknown = service.drugHistory(A, card("01130012", "1234", "0000", "00"), RequestedPeriod.ALL);
        assertThat(unknown.outcome()).isEqualTo(MedicalOutcome.NOT_FOUND);
        assertThat(unknown.messageContents()).startsWith("該当者なし");
        assertThat(lastEvent().personKey()).isNull();
        var household = service.drugHistory(A, card("01130012", "1234", "5678", null), RequestedPeriod.ALL);
        assertThat(household.outcome()).isEqualTo(MedicalOutcome.MULTIPLE);
        assertThat(household.resultCode()).isEqualTo("E1102");
        assertThat(lastEvent().personKey()).isNull();
    }

    @Test
    void anInvalidInstitutionCodeIsAnInputError() {
        var answer = service.drugHistory("1312345678", SATO, RequestedPeriod.ALL);
        assertThat(answer.outcome()).isEqualTo(MedicalOutcome.INVALID_INPUT);
        assertThat(answer.messageContents()).startsWith("入力誤り").contains("MedicalInstitutionCode");
        assertThat(lastEvent().institutionCode()).isEqualTo("1312345678");
        var unread = service.invalidRequest(A, ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, "InsurerNumber: must be 6 or 8 digits");
        assertThat(unread.messageContents()).isEqualTo("入力誤り：要求内容に誤りがあります。（InsurerNumber: must be 6 or 8 digits）");
        assertThat(lastEvent().outcomeCode()).isEqualTo("E1201");
    }

    @Test
    void withoutAConsentBeanEveryRequestIsRefused() {
        MedicalInformationService noConsent = service(provider(null));
        var answer = noConsent.drugHistory(A, SATO, RequestedPeriod.ALL);
        assertThat(answer.outcome()).isEqualTo(MedicalOutcome.CONSENT_UNAVAILABLE);
        assertThat(answer.messageContents()).startsWith("同意情報を確認できません");
        assertThat(answer.entries()).isEmpty();
        assertThat(lastEvent().outcomeCode()).isEqualTo("E1009");
    }

    @Test
    void thePersonThemselfSeesTheirOwnHistoryWithoutConsentOrEvent() {
        assertThat(service.ownDrugHistory("PK-B1", RequestedPeriod.ALL)).hasSize(2);
        assertThat(service.ownCheckupHistory("PK-B1", new RequestedPeriod(TODAY.minusYears(1), null))).hasSize(1);
        assertThat(events).isEmpty();
    }
}
