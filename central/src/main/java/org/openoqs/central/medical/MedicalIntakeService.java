package org.openoqs.central.medical;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.intake.IntakeReport;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.wire.intake.IntakeCsvReader;
import org.openoqs.wire.intake.IntakeError;
import org.openoqs.wire.intake.IntakeLine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers 薬剤情報 ({@code drug-dispensings.csv}) and 特定健診情報 ({@code health-checkups.csv}) by PersonKey, like
 * the qualification intake: the file is streamed in one transaction, valid lines are written in batches while no
 * error has been seen, validation goes on to the end after the first error so the report names every bad line and
 * field, and then everything rolls back. Re-sending a file changes nothing: every line is found under its natural key
 * and counted unchanged; a line whose key is stored with other values updates it. Lines are never deleted by intake.
 *
 * <p>Repeats: a drug may come twice for one person, day and institution (two 用法), and is numbered 1, 2, … in file
 * order; a 特定健診 item may not. The numbering runs over a person's consecutive lines, so memory stays bounded however
 * large the file; the lines of one person belong together, and a repeat split across two groups of a person's lines
 * is reported as a duplicate.
 *
 * <p>Only the intermediary's credential (scope {@code *}) may register medical information: the data derive from
 * claims and checkup results that 支払基金/国保中央会 process for every insurer, and the lines carry no InsurerNumber
 * against which a narrower scope could be checked.
 */
@Service
public class MedicalIntakeService {
    /** Said of a repeat found across two groups of one person's lines. */
    private static final String SPLIT = ", in another group of this person's lines; keep the lines of one person together";

    private final MedicalFile<DrugDispensing, DrugDispensing.Key> drugs;
    private final MedicalFile<HealthCheckupItem, HealthCheckupItem.Key> checkups;
    private final MedicalIntakeLog log;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final int maxReportedErrors;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public MedicalIntakeService(DrugDispensingStore drugStore, HealthCheckupStore checkupStore, MedicalIntakeLog log,
                                PlatformTransactionManager transactions,
                                @Value("${oqs.intake.batch-size:1000}") int batchSize,
                                @Value("${oqs.intake.max-reported-errors:10000}") int maxReportedErrors) {
        this.drugs = new DrugDispensingFile(drugStore);
        this.checkups = new HealthCheckupFile(checkupStore);
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
        this.maxReportedErrors = maxReportedErrors;
    }

    /**
     * Reads {@code drug-dispensings.csv} to the end; {@code progress} receives the number of lines read so far.
     *
     * @throws MedicalIntakeNotPermittedException unless the credential has scope {@code *}
     */
    public IntakeReport intakeDrugDispensings(Reader csv, String fileName, InsurerCredential credential, LongConsumer progress) {
        return intake(drugs, csv, fileName, credential, progress);
    }

    /** Reads {@code health-checkups.csv}; as {@link #intakeDrugDispensings}. */
    public IntakeReport intakeHealthCheckups(Reader csv, String fileName, InsurerCredential credential, LongConsumer progress) {
        return intake(checkups, csv, fileName, credential, progress);
    }

    private <R, K> IntakeReport intake(MedicalFile<R, K> file, Reader csv, String fileName, InsurerCredential credential,
                                       LongConsumer progress) {
        if (!credential.allInsurers()) throw new MedicalIntakeNotPermittedException(credential.name(), file.kind());
        oneAtATime.lock();
        try {
            long intakeId = log.begin(credential, fileName, file.kind());
            Run<R, K> run = new Run<>(file, intakeId, progress);
            transaction.executeWithoutResult(status -> {
                run.readAll(csv);
                if (run.errorCount > 0) status.setRollbackOnly();
            });
            IntakeReport report = run.report(fileName);
            log.finish(report);
            return report;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** A valid line waiting in the batch. */
    private record Pending<R>(long line, R record) {}

    /** The state of one intake while it runs. */
    private final class Run<R, K> {
        final MedicalFile<R, K> file;
        final long intakeId;
        final LongConsumer progress;
        final List<IntakeError> errors = new ArrayList<>();
        /** Occurrences of each repeat key, and the line of the first, within the current person's lines. */
        final Map<Object, Integer> occurrences = new HashMap<>();
        final Map<Object, Long> firstLine = new HashMap<>();
        String currentPerson;
        List<Pending<R>> batch = new ArrayList<>();
        long rows, inserted, updated, unchanged, errorCount;

        Run(MedicalFile<R, K> file, long intakeId, LongConsumer progress) {
            this.file = file;
            this.intakeId = intakeId;
            this.progress = progress;
        }

        void readAll(Reader csv) {
            try (IntakeCsvReader<?, R> reader = file.open(csv)) {
                reader.headerErrors().forEach(this::error);
                for (IntakeLine<R> line : reader) accept(line);
                flush();
            } catch (UncheckedIOException | IllegalStateException | IOException e) {
                // Broken CSV quoting or bytes that are not UTF-8: the parser names the line in its message.
                error(new IntakeError(rows + 2, null, null, "cannot read the file: " + rootMessage(e)));
            }
        }

        void accept(IntakeLine<R> line) {
            rows++;
            if (rows % 10_000 == 0) progress.accept(rows);
            line.errors().forEach(this::error);
            if (!line.valid()) return;
            numbered(line).ifPresent(record -> {
                if (errorCount > 0) return;
                batch.add(new Pending<>(line.line(), record));
                if (batch.size() >= batchSize) flush();
            });
        }

        /** Numbers a repeat within the current person's lines; a repeat the kind does not allow is an error. */
        Optional<R> numbered(IntakeLine<R> line) {
            R record = line.value();
            String person = file.personKey(record);
            if (!person.equals(currentPerson)) {
                currentPerson = person;
                occurrences.clear();
                firstLine.clear();
            }
            Object repeatKey = file.repeatKey(record);
            int occurrence = occurrences.merge(repeatKey, 1, Integer::sum);
            firstLine.putIfAbsent(repeatKey, line.line());
            Optional<R> numbered = file.numbered(record, occurrence);
            if (numbered.isEmpty()) duplicate(line.line(), record, "as line " + firstLine.get(repeatKey));
            return numbered;
        }

        void flush() {
            if (batch.isEmpty() || errorCount > 0) return;
            List<Pending<R>> pending = batch;
            batch = new ArrayList<>();
            if (!uniqueWithinBatch(pending)) return;
            Map<K, StoredRecord<R>> stored = file.store().findByKeys(pending.stream().map(p -> file.key(p.record())).toList());
            List<R> toInsert = new ArrayList<>();
            List<R> toUpdate = new ArrayList<>();
            List<R> toConfirm = new ArrayList<>();
            for (Pending<R> p : pending) {
                StoredRecord<R> existing = stored.get(file.key(p.record()));
                if (existing == null) toInsert.add(p.record());
                else if (existing.intakeId() == intakeId) duplicate(p.line(), p.record(), "as an earlier line" + SPLIT);
                else if (!existing.record().equals(p.record())) toUpdate.add(p.record());
                else toConfirm.add(p.record());
            }
            if (errorCount > 0) return;
            if (!toInsert.isEmpty()) file.store().insert(toInsert, intakeId);
            if (!toUpdate.isEmpty()) file.store().update(toUpdate, intakeId);
            // Unchanged lines are marked too: a later line with the same key is then seen as a duplicate.
            if (!toConfirm.isEmpty()) file.store().confirm(toConfirm, intakeId);
            inserted += toInsert.size();
            updated += toUpdate.size();
            unchanged += toConfirm.size();
        }

        /** Two groups of one person's lines in the same batch can number a repeat alike. */
        boolean uniqueWithinBatch(List<Pending<R>> pending) {
            Map<K, Long> lineOfKey = new HashMap<>();
            for (Pending<R> p : pending) {
                Long earlier = lineOfKey.putIfAbsent(file.key(p.record()), p.line());
                if (earlier != null) duplicate(p.line(), p.record(), "as line " + earlier + SPLIT);
            }
            return errorCount == 0;
        }

        void duplicate(long line, R record, String where) {
            error(new IntakeError(line, file.keyField(), file.keyValue(record), "same " + file.keyDescription() + " " + where));
        }

        void error(IntakeError e) {
            errorCount++;
            batch = new ArrayList<>();
            if (errors.size() < maxReportedErrors) errors.add(e);
        }

        IntakeReport report(String fileName) {
            progress.accept(rows);
            boolean accepted = errorCount == 0;
            List<IntakeError> byLine = errors.stream().sorted(Comparator.comparingLong(IntakeError::line)).toList();
            return new IntakeReport(intakeId, fileName, accepted, rows, accepted ? inserted : 0, accepted ? updated : 0,
                    accepted ? unchanged : 0, errorCount, byLine);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
