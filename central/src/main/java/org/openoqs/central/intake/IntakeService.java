package org.openoqs.central.intake;

import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers an insurer's qualification file. The file is streamed in one transaction: valid lines are written in
 * batches while no error has been seen; after the first error, writing stops but validation goes on to the end so the
 * report names every bad line and field; then the transaction rolls back. Re-sending a file changes nothing (rows
 * equal to the stored record count as unchanged); a row with a stored key corrects or closes that record.
 * <p>
 * Intakes run one at a time on a node, so two files touching the same records cannot interleave. Within one intake the
 * file is parsed and checked on a second thread ({@link ValidatedBatches}) while this one writes, and keys are
 * remembered only as fingerprints ({@link KeyLines}), so ten million rows pass in a 2 GB heap.
 */
@Service
public class IntakeService {
    private final QualificationStore store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final int maxReportedErrors;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public IntakeService(QualificationStore store, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                         @Value("${oqs.intake.batch-size:1000}") int batchSize,
                         @Value("${oqs.intake.max-reported-errors:10000}") int maxReportedErrors) {
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxReportedErrors = maxReportedErrors;
    }

    /**
     * Reads {@code csv} to the end; {@code progress} receives the number of lines read so far (from the thread that
     * reads the file, every 10,000 lines, and once more at the end from the calling thread).
     */
    public IntakeReport intake(Reader csv, String fileName, InsurerCredential credential, LongConsumer progress) {
        oneAtATime.lock();
        try {
            long intakeId = begin(credential, fileName);
            Writing writing = new Writing(intakeId);
            ValidatedBatches batches = new ValidatedBatches(csv, credential, batchSize, maxReportedErrors,
                    "intake-" + intakeId + "-reader", progress);
            transaction.executeWithoutResult(status -> {
                try (batches) {
                    batches.start();
                    writing.writeAll(batches);
                }
                if (batches.errorCount() > 0) status.setRollbackOnly();
            });
            progress.accept(batches.rows());
            IntakeReport report = writing.report(fileName, batches);
            finish(report);
            return report;
        } finally {
            oneAtATime.unlock();
        }
    }

    private long begin(InsurerCredential credential, String fileName) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO intake (credential_id, file_name, received_at, status) VALUES (?, ?, ?, 'RUNNING')",
                    new String[] {"id"});
            ps.setLong(1, credential.id());
            ps.setString(2, fileName);
            ps.setTimestamp(3, now());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private void finish(IntakeReport r) {
        jdbc.update("UPDATE intake SET finished_at = ?, status = ?, rows_total = ?, inserted = ?, updated = ?, unchanged = ?,"
                        + " error_count = ? WHERE id = ?", now(), r.accepted() ? "ACCEPTED" : "REJECTED", r.rows(),
                r.inserted(), r.updated(), r.unchanged(), r.errorCount(), r.intakeId());
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    /** The writing side of one intake: classifies each batch against the stored records and writes it. */
    private final class Writing {
        final long intakeId;
        final Map<InsurerNumber, Boolean> insurersHeldBefore = new HashMap<>();
        long inserted, updated, unchanged;

        Writing(long intakeId) {
            this.intakeId = intakeId;
        }

        /** New rows go into one stream of inserts, finished before each lookup of stored records and at the end. */
        void writeAll(ValidatedBatches batches) {
            try (QualificationStore.BulkInsert inserts = store.bulkInsert(intakeId)) {
                for (List<QualificationRecord> batch; (batch = batches.next()) != null; ) {
                    // Batches already read when the first error showed up would be rolled back anyway.
                    if (!batches.errorSeen()) write(batch, inserts);
                }
                // With an error seen, closing abandons what is in flight: the transaction rolls back.
                if (!batches.errorSeen()) inserts.finish();
            }
        }

        void write(List<QualificationRecord> batch, QualificationStore.BulkInsert inserts) {
            learnInsurersOf(batch, inserts);
            List<QualificationRecord> toInsert = new ArrayList<>();
            List<QualificationRecord> toClassify = new ArrayList<>();
            for (QualificationRecord r : batch) (insurersHeldBefore.get(r.insurerNumber()) ? toClassify : toInsert).add(r);
            if (!toClassify.isEmpty()) {
                inserts.finish();
                classify(toClassify, toInsert);
            }
            if (!toInsert.isEmpty()) inserts.add(toInsert);
            inserted += toInsert.size();
        }

        /**
         * Asks, for each insurer first seen in this batch, whether it held records before this intake — before any of
         * its rows is written. When it held none, each of its rows is new: the file's keys are unique (checked while
         * reading), and a first load skips the lookup entirely. The inserts in flight are finished first, as the
         * question uses the same connection; a file's insurers mostly show up in its first batches.
         */
        private void learnInsurersOf(List<QualificationRecord> batch, QualificationStore.BulkInsert inserts) {
            for (QualificationRecord r : batch) {
                if (insurersHeldBefore.containsKey(r.insurerNumber())) continue;
                inserts.finish();
                insurersHeldBefore.put(r.insurerNumber(), store.holdsRecordsOf(r.insurerNumber()));
            }
        }

        /** Splits rows of insurers that held records into new (to {@code toInsert}), changed (updated now) and unchanged. */
        private void classify(List<QualificationRecord> rows, List<QualificationRecord> toInsert) {
            Map<QualificationRecord.Key, QualificationRecord> stored = store.findByKeys(rows.stream().map(QualificationRecord::key).toList());
            List<QualificationRecord> toUpdate = new ArrayList<>();
            for (QualificationRecord r : rows) {
                QualificationRecord existing = stored.get(r.key());
                if (existing == null) toInsert.add(r);
                else if (!existing.equals(r)) toUpdate.add(r);
                else unchanged++;
            }
            if (!toUpdate.isEmpty()) store.update(toUpdate, intakeId);
            updated += toUpdate.size();
        }

        IntakeReport report(String fileName, ValidatedBatches batches) {
            boolean accepted = batches.errorCount() == 0;
            return new IntakeReport(intakeId, fileName, accepted, batches.rows(), accepted ? inserted : 0,
                    accepted ? updated : 0, accepted ? unchanged : 0, batches.errorCount(), batches.errors());
        }
    }
}
