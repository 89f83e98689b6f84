package org.openoqs.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.openoqs.app.generate.PopulationGenerator;
import org.openoqs.app.generate.QualificationCsvWriter;

/**
 * Fills central with a synthetic population through the real intake path: {@link PopulationGenerator} writes the
 * intake CSV into a pipe that is streamed as the body of {@code POST /api/v1/insurer/qualifications}, so the rows are
 * parsed, validated and written exactly as an insurer's file would be, and nothing is staged on disk. Then draws a
 * uniform sample of the open qualifications' card keys for the load generator.
 */
public final class PopulationSeeder {
    /** SQLSTATE of a statement the user may not run. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String OPEN_CARDS = "SELECT insurer_number, insured_card_symbol, insured_identification_number,"
            + " insured_branch_number, birthdate FROM qualification WHERE disqualification_date IS NULL";

    private final String baseUrl;
    private final String token;

    public PopulationSeeder(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Intake of {@code persons} generated persons; returns the rows accepted. {@code progress} gets persons written. */
    public long seed(long persons, long seed, LongConsumer progress) throws IOException, InterruptedException {
        PipedInputStream body = new PipedInputStream(1 << 20);
        PipedOutputStream sink = new PipedOutputStream(body);
        CompletableFuture<Void> generation = CompletableFuture.runAsync(() -> write(persons, seed, sink, progress));
        JsonNode report = send(body, "bench-population.csv");
        generation.join();
        return report.path("inserted").asLong();
    }

    /** Sends {@code body} as the intake file {@code fileName}; returns central's report, failing unless accepted. */
    public JsonNode send(InputStream body, String fileName) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/insurer/qualifications"))
                .header("Content-Type", "text/csv").header("X-OQS-File-Name", fileName)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode report = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !report.path("accepted").asBoolean()) {
            throw new IllegalStateException("intake of the bench population failed: HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return report;
    }

    /** Writes the intake CSV of {@code persons} generated persons to {@code sink}; {@code progress} gets persons written. */
    public static void write(long persons, long seed, OutputStream sink, LongConsumer progress) {
        try (Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8)) {
            QualificationCsvWriter csv = QualificationCsvWriter.to(out);
            new PopulationGenerator(seed, PopulationGenerator.DEFAULT_REFERENCE_DATE).generate(persons, csv, progress);
            csv.commit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Lets the store settle after a bulk load, as a DBA would before measuring. On PostgreSQL: {@code VACUUM (ANALYZE)}
     * of the loaded tables, so that autovacuum does not pick the fresh rows up in the middle of a measurement (and the
     * planner has statistics); then {@code CHECKPOINT}, because that VACUUM has just dirtied every page it set hint
     * bits on — gigabytes at ten million persons — and the checkpointer would otherwise write them out during the
     * measurement (seen on a 10,000,000-person store: the first confirmation windows after the load cost the server
     * ~450–550 µs a request, the same windows minutes later ~250–320 µs). A user without the right to checkpoint (PostgreSQL
     * 15: superuser or {@code pg_checkpoint}) gets the VACUUM alone and the message says so. H2 needs nothing.
     *
     * @return what was done, for the progress output; null when nothing was
     */
    public static String settle(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) return null;
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true); // VACUUM cannot run inside a transaction
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM (ANALYZE) qualification");
                st.execute("VACUUM (ANALYZE) audit_entry");
                return checkpoint(st);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** CHECKPOINT, or why not when the user may not. */
    static String checkpoint(Statement st) throws SQLException {
        try {
            st.execute("CHECKPOINT");
            return "VACUUM (ANALYZE) and CHECKPOINT after the load, so neither autovacuum nor the checkpointer works"
                    + " during the measurements";
        } catch (SQLException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) throw e;
            return "VACUUM (ANALYZE) after the load; CHECKPOINT is not allowed for this user (" + e.getMessage().strip()
                    + "), so the checkpointer may still be writing the vacuumed pages while the first targets are measured";
        }
    }

    /** A uniform sample of {@code size} card keys of open qualifications, read in one streaming pass. */
    public static List<CardKey> sampleKeys(DataSource dataSource, int size, long seed) throws SQLException {
        KeySampler<CardKey> sampler = new KeySampler<>(size, seed);
        streamRows(dataSource, OPEN_CARDS, rs -> sampler.offer(new CardKey(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getDate(5).toLocalDate().format(YYYYMMDD))));
        return sampler.sample();
    }

    /** Takes one row of a result set. */
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** Hands every row of {@code sql} to {@code rows} in one pass, without holding the result in memory. */
    static void streamRows(DataSource dataSource, String sql, RowConsumer rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) rows.accept(rs);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
