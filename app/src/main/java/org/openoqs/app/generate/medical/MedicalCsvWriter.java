package org.openoqs.app.generate.medical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openoqs.app.generate.StagedFile;

/**
 * Writes one medical intake CSV like the qualification file: UTF-8 without BOM, the given header, {@code \n} line
 * ends, quoting only where needed, staged under a temporary name until {@link #commit()}.
 */
final class MedicalCsvWriter implements AutoCloseable {
    private final StagedFile staged;
    private final CSVPrinter printer;
    private long rows;

    MedicalCsvWriter(Path target, List<String> header) throws IOException {
        this.staged = StagedFile.open(target);
        this.printer = new CSVPrinter(staged.writer(), CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get());
    }

    void write(List<String> values) {
        try {
            printer.printRecord(values);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() { return rows; }

    void commit() throws IOException {
        printer.flush();
        staged.commit();
    }

    /** An uncommitted file is deleted. */
    @Override
    public void close() throws IOException {
        staged.close();
    }
}
