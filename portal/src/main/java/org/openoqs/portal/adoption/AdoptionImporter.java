package org.openoqs.portal.adoption;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.adoption.InstitutionCsv;
import org.openoqs.core.adoption.InstitutionCsvException;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads an {@code institutions.csv} into the adoption registry: all or nothing in one transaction, replacing the
 * previous import, inserted in batches of {@link #BATCH} rows. A bad line stops the import with an
 * {@link InstitutionCsvException} naming the file, the line and the column, and the registry stays as it was.
 */
@Service
public class AdoptionImporter {
    static final int BATCH = 2_000;
    private static final String INSERT = "INSERT INTO adoption_registry (medical_institution_code, prefecture_code, "
            + "institution_type, institution_name, mandated, card_reader_applied_on, usage_applied_on, ready_on, "
            + "operating_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** What an import did. */
    public record ImportReport(String source, int institutions, long importId) {}

    public AdoptionImporter(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Imports a file; {@code progress} is told the number of institutions stored so far after every batch. */
    public ImportReport importFile(Path file, IntConsumer progress) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importFrom(reader, file.getFileName().toString(), progress);
        } catch (IOException e) {
            throw new InstitutionCsvException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InstitutionCsvException(file.toString(), 0, null, "cannot be read: " + e.getCause().getMessage());
        }
    }

    public ImportReport importFrom(Reader reader, String source, IntConsumer progress) {
        return transactions.execute(status -> {
            jdbc.update("DELETE FROM adoption_registry");
            List<InstitutionAdoption> batch = new ArrayList<>(BATCH);
            int[] stored = {0};
            int count = InstitutionCsv.read(reader, source, institution -> {
                batch.add(institution);
                if (batch.size() == BATCH) stored[0] += flush(batch, stored[0], progress);
            });
            flush(batch, stored[0], progress);
            jdbc.update("INSERT INTO adoption_import (source_name, institutions, imported_at) VALUES (?, ?, ?)",
                    source, count, JapanTime.now(clock));
            Long id = jdbc.queryForObject("SELECT MAX(id) FROM adoption_import", Long.class);
            return new ImportReport(source, count, id == null ? 0 : id);
        });
    }

    private static void date(java.sql.PreparedStatement ps, int index, java.time.LocalDate date) throws java.sql.SQLException {
        if (date == null) ps.setNull(index, java.sql.Types.DATE); else ps.setObject(index, date);
    }

    private int flush(List<InstitutionAdoption> batch, int storedBefore, IntConsumer progress) {
        if (batch.isEmpty()) return 0;
        jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, institution) -> {
            ps.setString(1, institution.medicalInstitutionCode().value());
            ps.setString(2, institution.prefecture().code());
            ps.setString(3, institution.institutionType().name());
            ps.setString(4, institution.institutionName());
            ps.setBoolean(5, institution.mandated());
            date(ps, 6, institution.cardReaderAppliedOn());
            date(ps, 7, institution.usageAppliedOn());
            date(ps, 8, institution.readyOn());
            date(ps, 9, institution.operatingOn());
        });
        int size = batch.size();
        batch.clear();
        progress.accept(storedBefore + size);
        return size;
    }
}
