package org.openoqs.central.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.intake.IntakeError;
import org.openoqs.wire.intake.IntakeRow;
import org.openoqs.wire.intake.QualificationCsvReader;

/**
 * Reads and checks an intake file on a thread of its own and hands the valid records over in batches, so parsing
 * runs on one core while the intake's transaction writes on another. Batches are handed over only while no error has
 * been seen; after the first error reading goes on to the end, so every bad line and field is reported, but no batch
 * follows. A few batches wait at most, so memory does not grow with the file.
 * <p>
 * Checked here: each line on its own (the reader), the credential's insurer scope, and keys given twice in the file.
 */
final class ValidatedBatches implements AutoCloseable {
    private static final List<QualificationRecord> END = List.of();
    private static final int BATCHES_AHEAD = 4;
    private static final long PROGRESS_EVERY = 10_000;

    private final Reader csv;
    private final InsurerCredential credential;
    private final int batchSize;
    private final int maxReportedErrors;
    private final LongConsumer progress;
    private final BlockingQueue<List<QualificationRecord>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final KeyLines keyLines = new KeyLines();
    private final List<IntakeError> errors = new ArrayList<>();
    private final Thread thread;
    private volatile boolean errorSeen;
    private volatile boolean cancelled;
    private List<QualificationRecord> batch = new ArrayList<>();
    private long rows;
    private long errorCount;
    private RuntimeException failure;

    ValidatedBatches(Reader csv, InsurerCredential credential, int batchSize, int maxReportedErrors, String threadName,
                     LongConsumer progress) {
        if (batchSize < 1) throw new IllegalArgumentException("oqs.intake.batch-size must be at least 1: " + batchSize);
        this.csv = csv;
        this.credential = credential;
        this.batchSize = batchSize;
        this.maxReportedErrors = maxReportedErrors;
        this.progress = progress;
        this.thread = new Thread(this::readAll, threadName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The next batch of valid records, or null when the file is read to its end (then the counts are final). */
    List<QualificationRecord> next() {
        List<QualificationRecord> next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the intake file to be read", e);
        }
        if (next != END) return next;
        join();
        if (failure != null) throw failure;
        return null;
    }

    /** Whether an error was seen: batches still waiting need not be written, the file will be rejected. */
    boolean errorSeen() { return errorSeen; }

    /** Data lines read; final once {@link #next()} returned null. */
    long rows() { return rows; }

    long errorCount() { return errorCount; }

    /** The first {@code maxReportedErrors} errors. */
    List<IntakeError> errors() { return List.copyOf(errors); }

    /** Stops reading early (the writer failed) and waits for the reading thread to end. */
    @Override
    public void close() {
        cancelled = true;
        queue.clear();
        join();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readAll() {
        try (QualificationCsvReader reader = new QualificationCsvReader(csv)) {
            reader.headerErrors().forEach(this::error);
            for (IntakeRow row : reader) {
                if (cancelled) return;
                accept(row);
            }
            if (!batch.isEmpty()) handOver(batch);
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // Broken CSV quoting or bytes that are not UTF-8: the parser names the line in its message.
            error(new IntakeError(rows + 2, null, null, "cannot read the file: " + rootMessage(e)));
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            handOver(END);
        }
    }

    private void accept(IntakeRow row) {
        rows++;
        if (rows % PROGRESS_EVERY == 0) progress.accept(rows);
        row.errors().forEach(this::error);
        if (!row.valid()) return;
        QualificationRecord record = row.record();
        if (!credential.mayFileFor(record.insurerNumber())) {
            error(new IntakeError(row.line(), "InsurerNumber", record.insurerNumber().value(),
                    "this credential may not file records for this insurer"));
            return;
        }
        long earlier = keyLines.firstLineOf(record.key(), row.line());
        if (earlier != 0) {
            error(new IntakeError(row.line(), "PersonKey", record.personKey(),
                    "same InsurerNumber, PersonKey and QualificationDate as line " + earlier));
            return;
        }
        if (errorCount > 0) return;
        batch.add(record);
        if (batch.size() >= batchSize) {
            handOver(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    private void error(IntakeError e) {
        errorCount++;
        errorSeen = true;
        batch.clear();
        if (errors.size() < maxReportedErrors) errors.add(e);
    }

    private void handOver(List<QualificationRecord> records) {
        try {
            while (!queue.offer(records, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
