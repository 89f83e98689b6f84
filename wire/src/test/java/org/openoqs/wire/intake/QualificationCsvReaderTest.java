package org.openoqs.wire.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.LimitApplicationCertificateClassificationFlag;
import org.openoqs.core.code.ReasonOfLoss;
import org.openoqs.core.qualification.QualificationRecord;

class QualificationCsvReaderTest {
    static final String REQUIRED = "PersonKey,InsurerNumber,InsuredIdentificationNumber,PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate";

    static List<IntakeRow> rows(String csv) {
        try (QualificationCsvReader reader = new QualificationCsvReader(new StringReader(csv))) {
            assertThat(reader.headerErrors()).isEmpty();
            List<IntakeRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            return rows;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<IntakeError> headerErrors(String csv) {
        return new QualificationCsvReader(new StringReader(csv)).headerErrors();
    }

    @Test
    void readsAnyColumnOrderAndNormalisesValues() {
        String csv = "QualificationDate,Birthdate,Sex1,Name,NameKana,PersonalFamilyClassification,InsuredBranchNumber,"
                + "InsuredIdentificationNumber,InsuredCardSymbol,InsurerNumber,PersonKey,PostNumber\n"
                + "20200401,19900101,2,山田　花子,ヤマダ　ハナコ,2,1,　００１２ ,１２ 34,  131011,PK-1,1000001\n";
        IntakeRow row = rows(csv).get(0);
        assertThat(row.errors()).isEmpty();
        QualificationRecord r = row.record();
        assertThat(r.insurerNumber().value()).isEqualTo("131011");
        assertThat(r.card().symbol()).isEqualTo("1234");
        assertThat(r.card().identificationNumber()).isEqualTo("0012");
        assertThat(r.card().branchNumber()).isEqualTo("01");
        assertThat(r.nameKana()).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(r.postNumber()).isEqualTo("100-0001");
        assertThat(r.birthdate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(row.line()).isEqualTo(2);
    }

    @Test
    void readsTheOptionalBlocks() {
        String csv = REQUIRED + ",DisqualificationDate,ReasonOfLoss,ElderlyRecipientValidStartDate,ElderlyRecipientContributionRatio,"
                + "LimitApplicationCertificateClassification,LimitApplicationCertificateClassificationFlag\n"
                + "PK-1,01130012,5,1,名前,1,19540101,20000401,20260101,03,20240801,020,01,B03\n";
        QualificationRecord r = rows(csv).get(0).record();
        assertThat(r.disqualificationDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(r.reasonOfLoss()).isEqualTo(ReasonOfLoss.OTHER_INSURANCE);
        assertThat(r.elderlyRecipientCertificate().contributionRatio()).isEqualTo("020");
        assertThat(r.limitApplicationCertificate().classificationFlag()).isEqualTo(LimitApplicationCertificateClassificationFlag.B03);
    }

    @Test
    void collectsEveryErrorOfALineWithFieldAndValue() {
        String csv = REQUIRED + ",InsuredPartialContributionRatio,ReasonOfLoss\n"
                + "PK-1,01130013,5,3,,9,19900231,20200401,10,01\n";
        IntakeRow row = rows(csv).get(0);
        assertThat(row.valid()).isFalse();
        assertThat(row.record()).isNull();
        assertThat(row.errors()).extracting(IntakeError::field).containsExactlyInAnyOrder("InsurerNumber",
                "PersonalFamilyClassification", "Name", "Sex1", "Birthdate", "InsuredPartialContributionRatio", "ReasonOfLoss");
        assertThat(row.errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(2));
        assertThat(row.errors()).filteredOn(e -> e.field().equals("Birthdate")).first()
                .satisfies(e -> assertThat(e.value()).isEqualTo("19900231"));
    }

    @Test
    void refusesAMyNumberAsPersonKeyWithoutEchoingIt() {
        String myNumber = MyNumberGuardTest.withCheckDigit("98765432109");
        IntakeRow row = rows(REQUIRED + "\n" + myNumber + ",01130012,5,1,名前,1,19900101,20200401\n").get(0);
        assertThat(row.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("PersonKey");
            assertThat(e.value()).isNull();
            assertThat(e.message()).contains("My Number");
        });
    }

    @Test
    void datesMustBeConsistent() {
        String csv = REQUIRED + ",DisqualificationDate\nPK-1,01130012,5,1,名前,1,19900101,19890401,19880101\n";
        assertThat(rows(csv).get(0).errors()).extracting(IntakeError::field)
                .containsExactlyInAnyOrder("QualificationDate", "DisqualificationDate");
    }

    @Test
    void headerProblemsAreNamed() {
        assertThat(headerErrors("PersonKey,PersonKey,Birthday\n")).extracting(IntakeError::field)
                .contains("PersonKey", "Birthday", "InsurerNumber", "Name", "Birthdate");
        assertThat(headerErrors("")).singleElement().satisfies(e -> assertThat(e.message()).contains("header"));
        assertThat(headerErrors("\uFEFF" + REQUIRED + "\n")).isEmpty();
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsAnError() {
        IntakeRow row = rows(REQUIRED + "\nPK-1,01130012,5\n").get(0);
        assertThat(row.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("3 fields"));
    }
}
