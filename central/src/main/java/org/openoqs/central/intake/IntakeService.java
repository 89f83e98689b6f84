package org.openoqs.central.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.intake.IntakeError;
import org.openoqs.wire.intake.IntakeRow;
import org.openoqs.wire.intake.QualificationCsvReader;
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
 * Intakes run one at a time on a node, so two files touching the same records cannot interleave.
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

    /** Reads {@code csv} to the end; {@code progress} receives the number of lines read so far. */
    public IntakeReport intake(Reader csv, String fileName, InsurerCredential credential, LongConsumer progress) {
        oneAtATime.lock();
        try {
            long intakeId = begin(credential, fileName);
            Run run = new Run(intakeId, credential, progress);
            transaction.executeWithoutResult(status -> {
                run.readAll(csv);
                if (!run.errors.isEmpty() || run.errorCount > 0) status.setRollbackOnly();
            });
            IntakeReport report = run.report(fileName);
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

    /** The state of one intake while it runs. */
    private final class Run {
        final long intakeId;
        final InsurerCredential credential;
        final LongConsumer progress;
        final List<IntakeError> errors = new ArrayList<>();
        final Map<QualificationRecord.Key, Long> lineOfKey = new HashMap<>();
        List<QualificationRecord> batch = new ArrayList<>();
        long rows, inserted, updated, unchanged, errorCount;

        Run(long intakeId, InsurerCredential credential, LongConsumer progress) {
            this.intakeId = intakeId;
            this.credential = credential;
            this.progress = progress;
        }

        void readAll(Reader csv) {
            try (QualificationCsvReader reader = new QualificationCsvReader(csv)) {
                reader.headerErrors().forEach(this::error);
                for (IntakeRow row : reader) accept(row);
                flush();
            } catch (UncheckedIOException | IllegalStateException | IOException e) {
                // Broken CSV quoting or bytes that are not UTF-8: the parser names the line in its message.
                error(new IntakeError(rows + 2, null, null, "cannot read the file: " + rootMessage(e)));
            }
        }

        void accept(IntakeRow row) {
            rows++;
            if (rows % 10_000 == 0) progress.accept(rows);
            row.errors().forEach(this::error);
            if (!row.valid()) return;
            QualificationRecord record = row.record();
            if (!credential.mayFileFor(record.insurerNumber())) {
                error(new IntakeError(row.line(), "InsurerNumber", record.insurerNumber().value(),
                        "this credential may not file records for this insurer"));
                return;
            }
            Long earlier = lineOfKey.putIfAbsent(record.key(), row.line());
            if (earlier != null) {
                error(new IntakeError(row.line(), "PersonKey", record.personKey(),
                        "same InsurerNumber, PersonKey and QualificationDate as line " + earlier));
                return;
            }
            if (errorCount == 0) {
                batch.add(record);
                if (batch.size() >= batchSize) flush();
            }
        }

        void flush() {
            if (batch.isEmpty() || errorCount > 0) return;
            Map<QualificationRecord.Key, QualificationRecord> stored = store.findByKeys(batch.stream().map(QualificationRecord::key).toList());
            List<QualificationRecord> toInsert = new ArrayList<>();
            List<QualificationRecord> toUpdate = new ArrayList<>();
            for (QualificationRecord r : batch) {
                QualificationRecord existing = stored.get(r.key());
                if (existing == null) toInsert.add(r);
                else if (!existing.equals(r)) toUpdate.add(r);
                else unchanged++;
            }
            if (!toInsert.isEmpty()) store.insert(toInsert, intakeId);
            if (!toUpdate.isEmpty()) store.update(toUpdate, intakeId);
            inserted += toInsert.size();
            updated += toUpdate.size();
            batch = new ArrayList<>();
        }

        void error(IntakeError e) {
            errorCount++;
            batch = new ArrayList<>();
            if (errors.size() < maxReportedErrors) errors.add(e);
        }

        IntakeReport report(String fileName) {
            progress.accept(rows);
            boolean accepted = errorCount == 0;
            return new IntakeReport(intakeId, fileName, accepted, rows, accepted ? inserted : 0, accepted ? updated : 0,
                    accepted ? unchanged : 0, errorCount, List.copyOf(errors));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
