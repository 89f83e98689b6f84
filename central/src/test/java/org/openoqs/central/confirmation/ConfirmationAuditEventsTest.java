package org.openoqs.central.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.code.InsuredCardClassification;
import org.openoqs.core.code.PersonalFamilyClassification;
import org.openoqs.core.code.QualificationValidity;
import org.openoqs.core.code.Sex;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.qualification.QualificationConfirmSearchInfo;

class ConfirmationAuditEventsTest {
    static final String INSTITUTION = "1312345679";
    static final LocalDate DATE = LocalDate.of(2026, 5, 1);
    static final QualificationConfirmSearchInfo SEARCH = new QualificationConfirmSearchInfo("01130012", "1234", "5678",
            null, "20200303", "0", "rec-1");

    static QualificationRecord record(String personKey, LocalDate qualificationDate) {
        return new QualificationRecord(personKey, InsurerNumber.parse("01130012"), "全国健康保険協会東京支部",
                InsuredCard.of("1234", "5678", null), PersonalFamilyClassification.DEPENDANT, InsuredCardClassification.GENERAL,
                "山田　一郎", null, Sex.MALE, LocalDate.of(2020, 3, 3), null, null, null, qualificationDate, null, null,
                null, null, null, null, null, null, null);
    }

    static PersonConfirmation found(QualificationValidity validity, QualificationRecord... records) {
        return new PersonConfirmation("1", null, null, validity, List.of(records), false);
    }

    @Test
    void oneEntryForTheOnePersonFound() {
        List<AuditEvent> events = ConfirmationAuditEvents.of(AuditAction.QUALIFICATION_CONFIRMATION, INSTITUTION, SEARCH, DATE,
                found(QualificationValidity.VALID, record("PK-A3", DATE)));
        assertThat(events).containsExactly(new AuditEvent(AuditAction.QUALIFICATION_CONFIRMATION, INSTITUTION, "PK-A3",
                "01130012", "1", "QualificationConfirmationDate=20260501"));
    }

    @Test
    void everyPersonWhoseDataWasDisclosedGetsAnEntryButEachOnlyOnce() {
        List<AuditEvent> events = ConfirmationAuditEvents.of(AuditAction.BULK_CONFIRMATION, INSTITUTION, SEARCH, DATE,
                found(QualificationValidity.MULTIPLE, record("PK-A3", DATE), record("PK-A4", DATE),
                        record("PK-A4", DATE.minusYears(1))));
        assertThat(events).extracting(AuditEvent::personKey).containsExactly("PK-A3", "PK-A4");
        assertThat(events).extracting(AuditEvent::outcome).containsOnly("5");
        assertThat(events).extracting(AuditEvent::action).containsOnly(AuditAction.BULK_CONFIRMATION);
    }

    @Test
    void aMissIsKeptWithoutAPerson() {
        List<AuditEvent> events = ConfirmationAuditEvents.of(AuditAction.QUALIFICATION_CONFIRMATION, INSTITUTION, SEARCH, DATE,
                found(QualificationValidity.NOT_FOUND));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.personKey()).isNull();
            assertThat(e.outcome()).isEqualTo("4");
        });
    }

    @Test
    void anUnprocessableQueryIsKeptWithItsResultCodeAndNoCardData() {
        var search = new QualificationConfirmSearchInfo("01130013", "1234", "5678", "00", "19800415", "0", "rec-1");
        PersonConfirmation refused = new PersonConfirmation("2", "E0101", "照会内容に誤りがあります。", null, List.of(), false);
        AuditEvent e = ConfirmationAuditEvents.of(AuditAction.QUALIFICATION_CONFIRMATION, INSTITUTION, search, DATE, refused).get(0);
        assertThat(e.subject()).as("an InsurerNumber with a bad check digit is not recorded").isNull();
        assertThat(e.outcome()).isEqualTo("E0101");
        assertThat(e.toString()).doesNotContain("5678", "19800415");
    }

    @Test
    void aNationalHealthInsuranceNumberIsRecordedInItsSixDigits() {
        var search = new QualificationConfirmSearchInfo("00131011", "千代田", "000123", "00", "19600505", "0", null);
        assertThat(ConfirmationAuditEvents.of(AuditAction.QUALIFICATION_CONFIRMATION, INSTITUTION, search, DATE,
                found(QualificationValidity.NOT_FOUND)).get(0).subject()).isEqualTo("131011");
    }
}
