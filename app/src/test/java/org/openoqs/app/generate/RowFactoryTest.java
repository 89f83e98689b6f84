package org.openoqs.app.generate;

import org.openoqs.core.code.Sex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.wire.intake.QualificationColumn.*;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Prefecture;

class RowFactoryTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 4, 1);
    private static final AddressPool.Address ADDRESS = new AddressPool.Address("東京都千代田区本町１丁目２番３号", "100-0001");
    private final RowFactory factory = new RowFactory(new SplittableRandom(1), REFERENCE);

    @Test
    void aDependantChildOfAnEmployeeIsFamilyWithTheInsuredsNameAndPreschool() {
        Person parent = person("PK0000000001", LocalDate.of(1990, 5, 5));
        Person child = person("PK0000000002", LocalDate.of(2022, 8, 8));
        Enrolment enrolment = enrolment(InsurerKind.KYOKAI_KENPO, "01130012", LocalDate.of(2015, 4, 1));

        QualificationRow row = factory.row(child, child.birthdate(), parent, 1, true, enrolment, ADDRESS);

        assertThat(row.get(InsuredBranchNumber)).isEqualTo("01");
        assertThat(row.get(PersonalFamilyClassification)).isEqualTo("2");
        assertThat(row.get(InsuredName)).isEqualTo(parent.name());
        assertThat(row.get(QualificationDate)).isEqualTo("20220808");
        assertThat(row.get(PreschoolClassification)).isEqualTo("1");
        assertThat(row.get(InsuredCardExpirationDate)).isEmpty();
        assertThat(row.get(PostNumber)).isEqualTo("100-0001");
    }

    @Test
    void aSeventyTwoYearOldGetsAnElderlyRecipientCertificateEndingBy75() {
        Person elderly = person("PK0000000003", LocalDate.of(1953, 9, 20));
        Enrolment enrolment = enrolment(InsurerKind.SHICHOSON_KOKUHO, "131011", LocalDate.of(2013, 10, 1));

        QualificationRow row = factory.row(elderly, elderly.birthdate(), elderly, 0, false, enrolment, ADDRESS);

        assertThat(row.get(ElderlyRecipientValidStartDate)).isEqualTo("20250801");
        assertThat(row.get(ElderlyRecipientValidEndDate)).isEqualTo("20260731");
        assertThat(row.get(ElderlyRecipientContributionRatio)).isIn("020", "030");
        assertThat(row.get(InsuredCardValidDate)).isEqualTo("20251001");
        assertThat(row.get(InsuredCardExpirationDate)).isEqualTo("20260930");
        assertThat(row.get(InsuredPartialContributionRatio)).isEmpty();
    }

    @Test
    void aClosedQualificationCarriesLossReasonAndNoCurrentCertificates() {
        Person person = person("PK0000000004", LocalDate.of(1953, 9, 20));
        Enrolment closed = enrolment(InsurerKind.KUMIAI_KENPO, "06130488", LocalDate.of(2010, 4, 1))
                .closedOn(LocalDate.of(2024, 7, 1), Enrolment.LOSS_OTHER_INSURANCE);

        QualificationRow row = factory.row(person, person.birthdate(), person, 0, false, closed, ADDRESS);

        assertThat(row.get(DisqualificationDate)).isEqualTo("20240701");
        assertThat(row.get(ReasonOfLoss)).isEqualTo("03");
        assertThat(row.get(ElderlyRecipientValidStartDate)).isEmpty();
        assertThat(row.get(LimitApplicationCertificateClassification)).isEmpty();
    }

    private static Person person(String key, LocalDate birthdate) {
        return new Person(key, new NamePool.NamePart("佐藤", "サトウ"), new NamePool.NamePart("一郎", "イチロウ"),
                Sex.MALE, birthdate);
    }

    private static Enrolment enrolment(InsurerKind kind, String number, LocalDate qualified) {
        Insurer insurer = new Insurer(0, number, "保険者", kind, Prefecture.TOKYO);
        return new Enrolment(insurer, "12", "345", true, "01", qualified, null, "");
    }
}
