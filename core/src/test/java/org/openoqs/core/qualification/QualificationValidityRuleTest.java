package org.openoqs.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.InsuredCardClassification;
import org.openoqs.core.code.PersonalFamilyClassification;
import org.openoqs.core.code.QualificationValidity;
import org.openoqs.core.code.ReasonOfLoss;
import org.openoqs.core.code.Sex;
import org.openoqs.core.number.InsurerNumber;

class QualificationValidityRuleTest {

    private static final InsurerNumber INSURER = InsurerNumber.parse("06130488");
    private static final InsurerNumber OTHER_INSURER = InsurerNumber.parse("  131011");
    private static final LocalDate BIRTH = LocalDate.of(1980, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    private final QualificationValidityRule rule = new QualificationValidityRule();

    /** Records the questions the rule asks and answers with a fixed value. */
    private static final class RecordingOthers implements QualificationValidityRule.OtherQualifications {
        record Call(String personKey, LocalDate date, QualificationRecord.Key excluding) {}

        final List<Call> calls = new ArrayList<>();
        private final boolean answer;

        RecordingOthers(boolean answer) { this.answer = answer; }

        @Override
        public boolean existsValid(String personKey, LocalDate date, QualificationRecord.Key excluding) {
            calls.add(new Call(personKey, date, excluding));
            return answer;
        }
    }

    /** Test builder: a person insured at {@link #INSURER} with card 記号 "12", 番号 "345", 枝番 "01" since 2020-04-01. */
    private static final class Rec {
        String personKey = "P1";
        InsurerNumber insurer = INSURER;
        String symbol = "12";
        String number = "345";
        String branch = "01";
        LocalDate birthdate = BIRTH;
        LocalDate from = LocalDate.of(2020, 4, 1);
        LocalDate until;

        static Rec person(String personKey) {
            Rec r = new Rec();
            r.personKey = personKey;
            return r;
        }

        Rec branch(String branch) { this.branch = branch; return this; }
        Rec symbol(String symbol) { this.symbol = symbol; return this; }
        Rec birthdate(LocalDate birthdate) { this.birthdate = birthdate; return this; }
        Rec insurer(InsurerNumber insurer) { this.insurer = insurer; return this; }
        Rec from(LocalDate from) { this.from = from; return this; }
        Rec until(LocalDate disqualificationDate) { this.until = disqualificationDate; return this; }

        QualificationRecord build() {
            return new QualificationRecord(personKey, insurer, "テスト健康保険組合", InsuredCard.of(symbol, number, branch),
                    PersonalFamilyClassification.INSURED, InsuredCardClassification.GENERAL, "診療　太郎",
                    "ｼﾝﾘｮｳ ﾀﾛｳ", Sex.MALE, birthdate, "東京都千代田区", "100-0001", "診療　太郎", from, until,
                    until == null ? null : ReasonOfLoss.OTHER_INSURANCE, null, null, null, null, null, null, null);
        }
    }

    private static ConfirmationQuery query(String symbol, String number, String branch, LocalDate date) {
        return new ConfirmationQuery(INSURER, InsuredCard.of(symbol, number, branch), BIRTH, date, false);
    }

    private static ConfirmationQuery query(LocalDate date) {
        return query("12", "345", "01", date);
    }

    private ConfirmationOutcome decide(ConfirmationQuery query, RecordingOthers others, QualificationRecord... records) {
        return rule.decide(query, List.of(records), others);
    }

    @Nested
    class Valid {
        @Test
        void validOnTheDate() {
            QualificationRecord record = Rec.person("P1").build();
            RecordingOthers others = new RecordingOthers(true);

            ConfirmationOutcome outcome = decide(query(TODAY), others, record);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.VALID);
            assertThat(outcome.results()).containsExactly(record);
            assertThat(others.calls).as("callback must not be asked on the valid path").isEmpty();
        }

        @Test
        void validOnTheQualificationDate() {
            QualificationRecord record = Rec.person("P1").from(TODAY).build();

            assertThat(decide(query(TODAY), new RecordingOthers(false), record).validity())
                    .isEqualTo(QualificationValidity.VALID);
        }

        @Test
        void notYetValidTheDayBeforeTheQualificationDate() {
            QualificationRecord record = Rec.person("P1").from(TODAY.plusDays(1)).build();

            assertThat(decide(query(TODAY), new RecordingOthers(false), record).validity())
                    .isEqualTo(QualificationValidity.INVALID);
        }

        @Test
        void stillValidTheDayBeforeTheDisqualificationDate() {
            QualificationRecord record = Rec.person("P1").until(TODAY.plusDays(1)).build();
            RecordingOthers others = new RecordingOthers(true);

            assertThat(decide(query(TODAY), others, record).validity()).isEqualTo(QualificationValidity.VALID);
            assertThat(others.calls).isEmpty();
        }

        @Test
        void invalidOnTheDisqualificationDate() {
            QualificationRecord record = Rec.person("P1").until(TODAY).build();

            ConfirmationOutcome outcome = decide(query(TODAY), new RecordingOthers(false), record);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.INVALID);
            assertThat(outcome.results()).containsExactly(record);
        }

        @Test
        void queryKeysAreNormalisedBeforeMatching() {
            QualificationRecord record = Rec.person("P1").build();
            ConfirmationQuery typed = new ConfirmationQuery(InsurerNumber.parse("０６１３０４８８"),
                    InsuredCard.of("１２", " ３４５ ", "1"), BIRTH, TODAY, false);

            assertThat(decide(typed, new RecordingOthers(false), record).validity())
                    .isEqualTo(QualificationValidity.VALID);
        }
    }

    @Nested
    class Invalid {
        @Test
        void closedWithoutOtherQualification() {
            QualificationRecord record = Rec.person("P1").until(LocalDate.of(2024, 3, 31)).build();
            RecordingOthers others = new RecordingOthers(false);

            ConfirmationOutcome outcome = decide(query(TODAY), others, record);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.INVALID);
            assertThat(outcome.results()).containsExactly(record);
            assertThat(others.calls).hasSize(1);
        }

        @Test
        void closedWithNewerQualificationElsewhere() {
            QualificationRecord record = Rec.person("P7").until(LocalDate.of(2024, 3, 31)).build();
            RecordingOthers others = new RecordingOthers(true);

            ConfirmationOutcome outcome = decide(query(TODAY), others, record);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.INVALID_NEWER_EXISTS);
            assertThat(outcome.results()).containsExactly(record);
            assertThat(others.calls).containsExactly(new RecordingOthers.Call("P7", TODAY,
                    new QualificationRecord.Key(INSURER, "P7", LocalDate.of(2020, 4, 1))));
            assertThat(others.calls.get(0).excluding()).isEqualTo(record.key());
        }
    }

    @Nested
    class NotFound {
        @Test
        void noCandidates() {
            RecordingOthers others = new RecordingOthers(true);

            ConfirmationOutcome outcome = decide(query(TODAY), others);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.NOT_FOUND);
            assertThat(outcome.results()).isEmpty();
            assertThat(others.calls).isEmpty();
        }

        @Test
        void differentBirthdate() {
            QualificationRecord record = Rec.person("P1").birthdate(BIRTH.plusDays(1)).build();

            assertNotFound(query(TODAY), record);
        }

        @Test
        void differentSymbol() {
            assertNotFound(query(TODAY), Rec.person("P1").symbol("13").build());
        }

        @Test
        void missingSymbolDoesNotMatchASymbol() {
            assertNotFound(query(null, "345", "01", TODAY), Rec.person("P1").build());
            assertNotFound(query(TODAY), Rec.person("P1").symbol(null).build());
        }

        @Test
        void differentNumber() {
            assertNotFound(query("12", "0345", "01", TODAY), Rec.person("P1").build());
        }

        @Test
        void differentBranch() {
            assertNotFound(query("12", "345", "02", TODAY), Rec.person("P1").branch("01").build());
        }

        @Test
        void differentInsurer() {
            assertNotFound(query(TODAY), Rec.person("P1").insurer(OTHER_INSURER).build());
        }

        private void assertNotFound(ConfirmationQuery query, QualificationRecord... records) {
            ConfirmationOutcome outcome = decide(query, new RecordingOthers(true), records);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.NOT_FOUND);
            assertThat(outcome.results()).isEmpty();
        }
    }

    @Nested
    class Multiple {
        private final QualificationRecord twinA = Rec.person("TWIN-A").branch("02").build();
        private final QualificationRecord twinB = Rec.person("TWIN-B").branch("03").build();

        @Test
        void twinsOnOneCardQueriedWithoutBranch() {
            ConfirmationOutcome outcome = decide(query("12", "345", null, TODAY), new RecordingOthers(false), twinA, twinB);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.MULTIPLE);
            assertThat(outcome.results()).containsExactlyInAnyOrder(twinA, twinB);
        }

        @Test
        void twinsWithLegacyRecordsWithoutBranch() {
            QualificationRecord a = Rec.person("TWIN-A").branch(null).build();
            QualificationRecord b = Rec.person("TWIN-B").branch(null).build();

            ConfirmationOutcome outcome = decide(query("12", "345", null, TODAY), new RecordingOthers(false), a, b);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.MULTIPLE);
            assertThat(outcome.results()).extracting(QualificationRecord::personKey)
                    .containsExactlyInAnyOrder("TWIN-A", "TWIN-B");
        }

        @Test
        void branchResolvesTheTwins() {
            ConfirmationOutcome outcome = decide(query("12", "345", "03", TODAY), new RecordingOthers(false), twinA, twinB);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.VALID);
            assertThat(outcome.results()).containsExactly(twinB);
        }
    }

    @Nested
    class BranchNumbersAndHistory {
        @Test
        void legacyRecordWithoutBranchAnswersQueryWithBranch() {
            QualificationRecord legacy = Rec.person("P1").branch(null).build();

            ConfirmationOutcome outcome = decide(query("12", "345", "01", TODAY), new RecordingOthers(false), legacy);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.VALID);
            assertThat(outcome.results()).containsExactly(legacy);
        }

        @Test
        void recordWithBranchAnswersQueryWithoutBranch() {
            QualificationRecord record = Rec.person("P1").branch("01").build();

            assertThat(decide(query("12", "345", null, TODAY), new RecordingOthers(false), record).validity())
                    .isEqualTo(QualificationValidity.VALID);
        }

        @Test
        void onePersonWithOldClosedAndNewValidRecordOnTheSameCard() {
            QualificationRecord old = Rec.person("P1").from(LocalDate.of(2015, 4, 1)).until(LocalDate.of(2020, 4, 1)).build();
            QualificationRecord current = Rec.person("P1").from(LocalDate.of(2020, 4, 1)).build();
            RecordingOthers others = new RecordingOthers(true);

            for (List<QualificationRecord> order : List.of(List.of(old, current), List.of(current, old))) {
                ConfirmationOutcome outcome = rule.decide(query(TODAY), order, others);

                assertThat(outcome.validity()).isEqualTo(QualificationValidity.VALID);
                assertThat(outcome.results()).containsExactly(current);
            }
            assertThat(others.calls).isEmpty();
        }

        @Test
        void validOldRecordWinsOverNotYetStartedNewOne() {
            QualificationRecord current = Rec.person("P1").from(LocalDate.of(2020, 4, 1)).until(TODAY.plusDays(20)).build();
            QualificationRecord future = Rec.person("P1").from(TODAY.plusDays(20)).build();

            ConfirmationOutcome outcome = decide(query(TODAY), new RecordingOthers(false), future, current);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.VALID);
            assertThat(outcome.results()).containsExactly(current);
        }

        @Test
        void ofTwoClosedRecordsTheMostRecentIsReported() {
            QualificationRecord older = Rec.person("P1").from(LocalDate.of(2010, 4, 1)).until(LocalDate.of(2015, 4, 1)).build();
            QualificationRecord newer = Rec.person("P1").from(LocalDate.of(2015, 4, 1)).until(LocalDate.of(2024, 4, 1)).build();
            RecordingOthers others = new RecordingOthers(false);

            ConfirmationOutcome outcome = decide(query(TODAY), others, newer, older);

            assertThat(outcome.validity()).isEqualTo(QualificationValidity.INVALID);
            assertThat(outcome.results()).containsExactly(newer);
            assertThat(others.calls).extracting(RecordingOthers.Call::excluding).containsExactly(newer.key());
        }
    }
}
