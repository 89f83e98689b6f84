package org.openoqs.central.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openoqs.central.support.TestStores;
import org.openoqs.core.qualification.QualificationRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Coalesced card lookups on both stores: the same answers as the store underneath, and never inside a transaction. */
class CoalescingQualificationStoreTest {

    abstract static class Scenarios {
        JdbcQualificationStore jdbcStore;
        CoalescingQualificationStore store;
        TransactionTemplate transaction;
        ExecutorService callers = Executors.newFixedThreadPool(16);

        abstract DataSource dataSource();

        @BeforeEach
        void open() {
            DataSource dataSource = dataSource();
            jdbcStore = new JdbcQualificationStore(new JdbcTemplate(dataSource), Clock.systemUTC());
            store = new CoalescingQualificationStore(jdbcStore, 8, 2);
            transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        @AfterEach
        void stop() {
            callers.shutdownNow();
        }

        @Test
        void concurrentLookupsGetTheSameAnswersAsTheStoreUnderneath() throws Exception {
            List<QualificationRecord> records = JdbcQualificationStoreTest.records(200, "");
            store.insert(records, 1);
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                wrong.add(callers.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < 50; i++) {
                        QualificationRecord r = records.get((offset * 37 + i * 11) % records.size());
                        String number = i % 10 == 0 ? "no-such-card" : r.card().identificationNumber();
                        var found = store.findByCard(r.insurerNumber(), number, r.birthdate());
                        if (!found.equals(jdbcStore.findByCard(r.insurerNumber(), number, r.birthdate()))) mismatches++;
                        if (i % 10 != 0 && !found.contains(r)) mismatches++;
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> f : wrong) assertThat(f.get()).isZero();
            assertThat(store.lookups()).isEqualTo(16 * 50);
            assertThat(store.batches()).isBetween(16 * 50 / 8L, 16 * 50L);
        }

        @Test
        void aLookupInsideATransactionSeesItsOwnWritesAndIsNotCoalesced() {
            QualificationRecord record = JdbcQualificationStoreTest.records(1, "").get(0);
            List<QualificationRecord> seen = transaction.execute(status -> {
                store.insert(List.of(record), 1);
                List<QualificationRecord> found = store.findByCard(record.insurerNumber(), record.card().identificationNumber(),
                        record.birthdate());
                status.setRollbackOnly();
                return found;
            });

            assertThat(seen).containsExactly(record);
            assertThat(store.lookups()).isZero();
            assertThat(store.findByCard(record.insurerNumber(), record.card().identificationNumber(), record.birthdate()))
                    .as("rolled back").isEmpty();
            assertThat(store.batches()).isEqualTo(1);
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
