package org.openoqs.central.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openoqs.central.qualification.CachingQualificationStore;
import org.openoqs.central.qualification.JdbcQualificationStore;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.central.support.TestStores;
import org.openoqs.core.number.InsurerNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Intake over many small batches on both stores: new rows stream into one bulk insert (one COPY on PostgreSQL), which
 * must be finished whenever the intake asks the store something — an insurer seen for the first time, rows of an
 * insurer that held records — and abandoned when a later line turns out bad.
 */
class IntakeServiceTest {
    static final String HEADER = "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,InsuredBranchNumber,"
            + "PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate,DisqualificationDate,ReasonOfLoss\n";
    static final String KYOKAI = "01130012";
    static final String KUMIAI = "06131239";
    static final InsurerCredential INTERMEDIARY = new InsurerCredential(1, "intermediary", true, Set.of());

    static String row(String person, String insurer, String number, String name) {
        return person + "," + insurer + ",1234," + number + ",00,1," + name + ",1,19800101,20200401,,\n";
    }

    abstract static class Scenarios {
        QualificationStore store;
        IntakeService intake;

        abstract DataSource dataSource();

        @BeforeEach
        void migrate() {
            DataSource dataSource = dataSource();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            store = new CachingQualificationStore(new JdbcQualificationStore(jdbc, Clock.systemUTC()), 1000, Duration.ofMinutes(5));
            intake = new IntakeService(store, jdbc, new DataSourceTransactionManager(dataSource), Clock.systemUTC(), 2, 100);
        }

        IntakeReport take(String csv) {
            return intake.intake(new StringReader(HEADER + csv), "test.csv", INTERMEDIARY, n -> { });
        }

        @Test
        void insurersNewAndHeldMixedOverManyBatchesAreAllWritten() {
            IntakeReport first = take(row("PK-1", KYOKAI, "1", "一") + row("PK-2", KYOKAI, "2", "二") + row("PK-3", KYOKAI, "3", "三"));
            assertThat(first.accepted()).isTrue();
            assertThat(first.inserted()).isEqualTo(3);

            LocalDate birthdate = LocalDate.of(1980, 1, 1);
            assertThat(store.findByCard(new InsurerNumber(KUMIAI), "11", birthdate)).as("cached as absent").isEmpty();
            // Batches of two: new insurer (streamed) | new insurer, held insurer's unchanged row (finish, look up)
            // | held insurer's new row | held insurer's corrected row, new insurer's row.
            IntakeReport mixed = take(row("PK-11", KUMIAI, "11", "甲") + row("PK-12", KUMIAI, "12", "乙")
                    + row("PK-13", KUMIAI, "13", "丙") + row("PK-1", KYOKAI, "1", "一")
                    + row("PK-4", KYOKAI, "4", "四")
                    + row("PK-2", KYOKAI, "2", "二改") + row("PK-14", KUMIAI, "14", "丁"));

            assertThat(mixed.accepted()).isTrue();
            assertThat(mixed.inserted()).isEqualTo(5);
            assertThat(mixed.updated()).isEqualTo(1);
            assertThat(mixed.unchanged()).isEqualTo(1);
            assertThat(store.count()).isEqualTo(8);
            assertThat(store.findByCardNumber(new InsurerNumber(KUMIAI), "14")).hasSize(1);
            assertThat(store.findByCard(new InsurerNumber(KUMIAI), "11", birthdate)).as("evicted by the bulk insert").hasSize(1);
            assertThat(store.findByCardNumber(new InsurerNumber(KYOKAI), "2").get(0).name()).isEqualTo("二改");
        }

        @Test
        void aBadLineAfterRowsWereStreamedRejectsTheFileAndStoresNothing() {
            IntakeReport report = take(row("PK-21", KUMIAI, "21", "甲") + row("PK-22", KUMIAI, "22", "乙")
                    + row("PK-23", KUMIAI, "23", "丙") + row("PK-24", KUMIAI, "24", "丁")
                    + row("PK-25", KUMIAI, "25", ""));

            assertThat(report.accepted()).isFalse();
            assertThat(report.errors()).extracting(e -> e.line() + ":" + e.field()).containsExactly("6:Name");
            assertThat(store.count()).isZero();
            assertThat(take(row("PK-21", KUMIAI, "21", "甲")).inserted()).as("the store is usable afterwards").isEqualTo(1);
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
    }
}
