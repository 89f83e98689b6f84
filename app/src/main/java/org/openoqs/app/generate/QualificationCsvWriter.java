package org.openoqs.app.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openoqs.wire.intake.QualificationColumn;

/**
 * Writes the insurer intake CSV: UTF-8 without BOM, a header row of exactly {@link QualificationColumn#names()},
 * {@code \n} line ends, RFC 4180 quoting only where a value needs it. Rows are streamed, never buffered in memory
 * beyond the output buffer. Opened on a file with {@link #open(Path)} the output is staged and appears under its
 * final name only on {@link #commit()}.
 */
public final class QualificationCsvWriter implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(QualificationColumn.names().toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    private final CSVPrinter printer;
    private final StagedFile staged;
    private long rows;
    private boolean committed;

    private QualificationCsvWriter(Writer out, StagedFile staged) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.staged = staged;
    }

    /** A writer onto any character stream (the caller owns encoding and closing); the header is written at once. */
    public static QualificationCsvWriter to(Writer out) {
        return new QualificationCsvWriter(out, null);
    }

    /** A writer staging {@code target}: the file appears under that name only on {@link #commit()}. */
    public static QualificationCsvWriter open(Path target) throws IOException {
        StagedFile staged = StagedFile.open(target);
        return new QualificationCsvWriter(staged.writer(), staged);
    }

    public void write(QualificationRow row) {
        try {
            printer.printRecord(row.values());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written so far, not counting the header. */
    public long rowCount() { return rows; }

    /** Flushes; for a staged file also renames it to its final name. */
    public void commit() throws IOException {
        printer.flush();
        if (staged != null) staged.commit();
        committed = true;
    }

    /** Flushes; an uncommitted staged file is deleted. */
    @Override
    public void close() throws IOException {
        if (committed) return;
        if (staged != null) staged.close();
        else printer.flush();
    }
}
