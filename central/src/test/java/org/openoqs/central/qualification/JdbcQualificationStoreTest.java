package org.openoqs.central.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openoqs.central.support.TestStores;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.intake.IntakeRow;
import org.openoqs.wire.intake.QualificationCsvReader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake write path of the JDBC store — multi-row inserts, the bulk insert (COPY on PostgreSQL) and the = ANY(?)
 * key lookup — and which index serves each lookup, on both stores.
 */
class JdbcQualificationStoreTest {
    static final String HEADER = "PersonKey,InsurerNumber,InsurerName,InsuredCardSymbol,InsuredIdentificationNumber,"
            + "InsuredBranchNumber,PersonalFamilyClassification,Name,NameKana,Sex1,Birthdate,Address,PostNumber,"
            + "QualificationDate,DisqualificationDate,ReasonOfLoss,ElderlyRecipientValidStartDate,"
            + "ElderlyRecipientContributionRatio,LimitApplicationCertificateClassificationFlag\n";

    /** {@code n} records; every third has the optional columns filled, the others leave them null. */
    static List<QualificationRecord> records(int n, String suffix) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            csv.append(i % 3 == 0
                    ? "PK-" + i + ",01130012,協会けんぽ,12,3" + i + ",00,1,名前" + suffix + ",ﾅﾏｴ,1,19500101,東京都,100-0001,20200401,20250401,01,20200401,020,A03\n"
                    : "PK-" + i + ",01130012,,,3" + i + ",,1,名前" + suffix + ",,2,19900101,,,20200401,,,,,\n");
        }
        return parse(csv.toString());
    }

    static List<QualificationRecord> parse(String csv) {
        List<QualificationRecord> records = new ArrayList<>();
        try (QualificationCsvReader reader = new QualificationCsvReader(new StringReader(csv))) {
            for (IntakeRow row : reader) {
                assertThat(row.errors()).isEmpty();
                records.add(row.record());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return records;
    }

    abstract static class Scenarios {
        JdbcQualificationStore store;
        JdbcTemplate jdbc;
        TransactionTemplate transaction;

        abstract DataSource dataSource();

        @BeforeEach
        void migrate() {
            DataSource dataSource = dataSource();
            jdbc = new JdbcTemplate(dataSource);
            store = new JdbcQualificationStore(jdbc, Clock.systemUTC());
            transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        @Test
        void aBulkInsertWritesEveryBatchByItsFinishAndCanGoOnAfterIt() {
            List<QualificationRecord> records = records(250, "");
            transaction.executeWithoutResult(status -> {
                try (var inserts = store.bulkInsert(1)) {
                    inserts.add(records.subList(0, 100));
                    inserts.add(records.subList(100, 200));
                    inserts.finish();
                    assertThat(store.count()).isEqualTo(200);
                    inserts.add(records.subList(200, 250));
                    inserts.finish();
                }
                assertThat(store.count()).isEqualTo(250);
            });
            var found = store.findByKeys(records.stream().map(QualificationRecord::key).toList());
            for (QualificationRecord r : records) assertThat(found.get(r.key())).isEqualTo(r);
            assertThat(jdbc.queryForList("SELECT DISTINCT intake_id FROM qualification", Long.class)).containsExactly(1L);
            assertThat(jdbc.queryForObject("SELECT MIN(updated_at) FROM qualification", LocalDateTime.class))
                    .isCloseTo(LocalDateTime.now(Clock.systemUTC()), within(1, ChronoUnit.MINUTES));
        }

        @Test
        void theStoreRefusesOtherWorkWhileABulkInsertIsInFlight() {
            List<QualificationRecord> records = records(10, "");
            boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
            transaction.executeWithoutResult(status -> {
                try (var inserts = store.bulkInsert(1)) {
                    inserts.add(records);
                    if (postgres) {
                        assertThatThrownBy(store::count).isInstanceOf(IllegalStateException.class).hasMessageContaining("finish it");
                    } else {
                        assertThat(store.count()).as("H2 inserts each batch as it is added").isEqualTo(10);
                    }
                    inserts.finish();
                    assertThat(store.count()).isEqualTo(10);
                }
            });
        }

        @Test
        void aBulkInsertClosedUnfinishedLeavesTheTransactionUsableForItsRollback() {
            List<QualificationRecord> records = records(50, "");
            transaction.executeWithoutResult(status -> {
                try (var inserts = store.bulkInsert(1)) {
                    inserts.add(records);
                }
                status.setRollbackOnly();
            });
            assertThat(store.count()).isZero();
        }

        @Test
        void aBulkInsertOfAKeyAlreadyStoredFailsAndWritesNothing() {
            List<QualificationRecord> records = records(20, "");
            store.insert(records.subList(0, 1), 1);

            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                try (var inserts = store.bulkInsert(2)) {
                    inserts.add(records.subList(1, 20));
                    inserts.add(records.subList(0, 1));
                    inserts.finish();
                }
            })).isInstanceOf(DuplicateKeyException.class);
            assertThat(store.count()).isEqualTo(1);
        }

        @Test
        void everyLookupIsServedByAnIndex() {
            store.insert(records(20, ""), 1);
            String byPerson = "ix_qualification_person gone (V10): the unique key leads with person_key";
            assertThat(plan(JdbcQualificationStore.BY_PERSON_KEYS, (Object) new String[] {"PK-1", "PK-2"})).as(byPerson)
                    .containsIgnoringCase("uq_qualification_key");
            assertThat(plan(JdbcQualificationStore.BY_PERSON, "PK-1")).as(byPerson).containsIgnoringCase("uq_qualification_key");
            assertThat(plan(JdbcQualificationStore.VALID_OTHER, "PK-1", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1),
                    "01130012", LocalDate.of(2020, 4, 1))).as(byPerson).containsIgnoringCase("uq_qualification_key");
            assertThat(plan("SELECT name FROM qualification WHERE person_key = ? ORDER BY qualification_date DESC"
                    + " FETCH FIRST 1 ROWS ONLY", "PK-1")).as("MedicalPersonResolver").containsIgnoringCase("uq_qualification_key");
            assertThat(plan(JdbcQualificationStore.BY_CARD, "01130012", "31", LocalDate.of(1950, 1, 1)))
                    .containsIgnoringCase("ix_qualification_card");
            assertThat(plan(JdbcQualificationStore.HOLDS_RECORDS_OF, "01130012")).containsIgnoringCase("ix_qualification_card");
        }

        /** The plan of a statement with its parameters; on PostgreSQL with sequential scans off (the table is small). */
        String plan(String statement, Object... parameters) {
            return jdbc.execute((ConnectionCallback<String>) con -> {
                boolean postgres = "PostgreSQL".equals(con.getMetaData().getDatabaseProductName());
                try (var s = con.createStatement()) {
                    if (postgres) s.execute("SET enable_seqscan = off");
                }
                try (PreparedStatement ps = con.prepareStatement("EXPLAIN " + statement)) {
                    for (int i = 0; i < parameters.length; i++) {
                        Object p = parameters[i];
                        if (p instanceof String[] array) ps.setArray(i + 1, con.createArrayOf("VARCHAR", array));
                        else ps.setObject(i + 1, p);
                    }
                    StringBuilder plan = new StringBuilder();
                    try (var rows = ps.executeQuery()) {
                        while (rows.next()) plan.append(rows.getString(1)).append('\n');
                    }
                    return plan.toString();
                } finally {
                    if (postgres) {
                        try (var s = con.createStatement()) {
                            s.execute("RESET enable_seqscan");
                        }
                    }
                }
            });
        }

        @Test
        void insertedRecordsComeBackEqualWhateverTheirNumberPerStatement() {
            int n = 2 * JdbcQualificationStore.ROWS_PER_INSERT + 7;
            List<QualificationRecord> records = records(n, "");
            store.insert(records, 1);

            assertThat(store.count()).isEqualTo(n);
            var found = store.findByKeys(records.stream().map(QualificationRecord::key).toList());
            assertThat(found).hasSize(n);
            for (QualificationRecord r : records) assertThat(found.get(r.key())).isEqualTo(r);
        }

        @Test
        void lookupReturnsOnlyTheExactKeysAskedFor() {
            List<QualificationRecord> records = records(10, "");
            store.insert(records, 1);
            QualificationRecord first = records.get(0);
            var otherDate = new QualificationRecord.Key(first.insurerNumber(), first.personKey(), first.qualificationDate().plusDays(1));

            var found = store.findByKeys(List.of(first.key(), otherDate, records.get(5).key()));
            assertThat(found).containsOnlyKeys(first.key(), records.get(5).key());
            assertThat(store.findByKeys(List.of())).isEmpty();
        }

        @Test
        void textWithTabsNewlinesAndBackslashesComesBackUnchanged() {
            String csv = HEADER + "PK-1,01130012,\"保険\t者\",,31,,1,\"名\\前\n二行目\r\",,1,19500101,\"東京都\\N\",,20200401,,,,,\n";
            QualificationRecord record;
            try (QualificationCsvReader reader = new QualificationCsvReader(new StringReader(csv))) {
                IntakeRow row = reader.iterator().next();
                assertThat(row.errors()).isEmpty();
                record = row.record();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertThat(record.name()).isEqualTo("名\\前\n二行目");
            store.insert(List.of(record), 1);

            assertThat(store.findByKeys(List.of(record.key())).get(record.key())).isEqualTo(record);
        }

        @Test
        void findByCardsAnswersEveryLookupAskedForAsFindByCardWould() {
            List<QualificationRecord> records = new ArrayList<>(records(12, ""));
            // A second, earlier record on the first card: one lookup, two records.
            records.addAll(parse(HEADER + "PK-0,01130012,,,30,,1,名前,,1,19500101,,,20100401,20200331,01,,,\n"));
            store.insert(records, 1);
            QualificationRecord first = records.get(0);
            CardLookup twoRecords = CardLookup.of(first);
            CardLookup absent = new CardLookup(first.insurerNumber(), "999", first.birthdate());
            CardLookup otherBirthdate = new CardLookup(first.insurerNumber(), "30", first.birthdate().plusDays(1));
            List<CardLookup> lookups = List.of(twoRecords, CardLookup.of(records.get(4)), absent, CardLookup.of(records.get(11)),
                    otherBirthdate);

            var found = store.findByCards(lookups);

            assertThat(found).containsOnlyKeys(lookups);
            assertThat(found.get(twoRecords)).hasSize(2);
            assertThat(found.get(absent)).isEmpty();
            assertThat(found.get(otherBirthdate)).isEmpty();
            for (CardLookup l : lookups) {
                assertThat(found.get(l)).containsExactlyInAnyOrderElementsOf(
                        store.findByCard(l.insurerNumber(), l.identificationNumber(), l.birthdate()));
            }
            assertThat(store.findByCards(List.of())).isEmpty();
        }

        @Test
        void holdsRecordsOfTellsWhetherAnInsurerHasAnyRecord() {
            List<QualificationRecord> records = records(3, "");
            assertThat(store.holdsRecordsOf(records.get(0).insurerNumber())).isFalse();
            store.insert(records, 1);

            assertThat(store.holdsRecordsOf(records.get(0).insurerNumber())).isTrue();
            assertThat(store.holdsRecordsOf(new org.openoqs.core.number.InsurerNumber("06132492"))).isFalse();
        }

        @Test
        void updateReplacesTheWholeRecord() {
            store.insert(records(5, ""), 1);
            List<QualificationRecord> corrected = records(5, "改");
            store.update(corrected, 2);

            var found = store.findByKeys(corrected.stream().map(QualificationRecord::key).toList());
            for (QualificationRecord r : corrected) assertThat(found.get(r.key())).isEqualTo(r);
            assertThat(store.count()).isEqualTo(5);
        }
    }

    @Nested
    class H2 extends Scenarios {
        @Override
        DataSource dataSource() {
            return TestStores.h2();
        }
    }

    @Nested
    class PostgreSQL extends Scenarios {
        @Override
        DataSource dataSource() {
            return TestStores.postgres();
        }

        /** The one-statement form is PostgreSQL's; H2 has no round trip to share and looks each card up. */
        @Test
        void findByCardsIsOneStatementThroughTheCardIndex() {
            store.insert(records(20, ""), 1);

            assertThat(plan(JdbcQualificationStore.BY_CARDS, (Object) new String[] {"01130012", "01130012"},
                    new String[] {"31", "32"}, new String[] {"1990-01-01", "1950-01-01"}))
                    .containsIgnoringCase("ix_qualification_card").containsIgnoringCase("Nested Loop");
        }
    }
}
