package org.openoqs.central.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openoqs.central.support.PostgresTestDatabase;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.intake.IntakeRow;
import org.openoqs.wire.intake.QualificationCsvReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The intake write path of the JDBC store — multi-row inserts and the = ANY(?) key lookup — on both stores. */
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
        List<QualificationRecord> records = new ArrayList<>();
        try (QualificationCsvReader reader = new QualificationCsvReader(new StringReader(csv.toString()))) {
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

        abstract DataSource dataSource();

        @BeforeEach
        void migrate() {
            DataSource dataSource = dataSource();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            store = new JdbcQualificationStore(new JdbcTemplate(dataSource), Clock.systemUTC());
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
            return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
    }

    @Nested
    class PostgreSQL extends Scenarios {
        @Override
        DataSource dataSource() {
            return new DriverManagerDataSource(PostgresTestDatabase.freshSchemaUrl(), PostgresTestDatabase.USER,
                    PostgresTestDatabase.PASSWORD);
        }
    }
}
