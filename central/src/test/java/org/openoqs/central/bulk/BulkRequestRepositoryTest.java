package org.openoqs.central.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Chunked unit storage of {@link BulkRequestRepository}, on the real schema (H2). */
class BulkRequestRepositoryTest {
    static final String INSTITUTION = "1312345679";
    final SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:bulk-repo-" + System.nanoTime(), "sa", "", true);
    JdbcTemplate jdbc;
    BulkRequestRepository repository;

    @BeforeEach
    void migrate() {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(db);
        repository = new BulkRequestRepository(jdbc);
    }

    @AfterEach
    void close() {
        db.destroy();
    }

    static BulkRequest request(String number) {
        return new BulkRequest(number, INSTITUTION, BulkKind.CONFIRMATION, "file-1", LocalDate.of(2026, 5, 1),
                LocalDateTime.of(2026, 5, 1, 9, 0), false, 3);
    }

    @Test
    void requestChunksComeBackInTheirOrder() {
        List<String> chunks = List.of("[{\"n\":1}]", "[{\"n\":2}]", "[{\"n\":3}]");
        repository.insert(request("R1"), "id-1", chunks);

        assertThat(repository.requestChunks("R1")).containsExactlyElementsOf(chunks);
        assertThat(repository.resultChunks("R1")).isEmpty();
        assertThat(repository.find(INSTITUTION, BulkKind.CONFIRMATION, "R1")).get().extracting(BulkRequest::done).isEqualTo(false);
    }

    @Test
    void completeStoresTheResultAndMarksTheRequestDone() {
        repository.insert(request("R1"), null, List.of("[1]"));

        repository.complete("R1", List.of("[\"a\"]", "[\"b\"]"), LocalDateTime.of(2026, 5, 1, 9, 1));

        assertThat(repository.resultChunks("R1")).containsExactly("[\"a\"]", "[\"b\"]");
        assertThat(repository.find(INSTITUTION, BulkKind.CONFIRMATION, "R1")).get().extracting(BulkRequest::done).isEqualTo(true);
        assertThat(repository.unfinished()).isEmpty();
    }

    @Test
    void aResultThatCannotBeStoredLeavesTheRequestUnfinishedWithNoResult() {
        repository.insert(request("R1"), null, List.of("[1]"));

        assertThatThrownBy(() -> repository.complete("R1", Arrays.asList("[\"a\"]", null), LocalDateTime.of(2026, 5, 1, 9, 1)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(repository.resultChunks("R1")).isEmpty();
        assertThat(repository.unfinished()).extracting(BulkRequest::receptionNumber).containsExactly("R1");
    }

    @Test
    void aRequestIsStoredWithAllItsChunksOrNotAtAll() {
        assertThatThrownBy(() -> repository.insert(request("R1"), null, Arrays.asList("[1]", null)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(repository.find(INSTITUTION, BulkKind.CONFIRMATION, "R1")).isEmpty();
        assertThat(repository.requestChunks("R1")).isEmpty();
    }

    @Test
    void unitsStoredOnePerRowBeforeChunksAreReadAsOneChunk() {
        jdbc.update("INSERT INTO bulk_request (reception_number, medical_institution_code, message_kind, received_at, status,"
                + " unit_count) VALUES ('OLD', ?, 'OQSmuquc', CURRENT_TIMESTAMP, 'DONE', 2)", INSTITUTION);
        jdbc.update("INSERT INTO bulk_unit (reception_number, seq, request_json, result_json) VALUES ('OLD', 1, '{\"q\":2}', '{\"r\":2}')");
        jdbc.update("INSERT INTO bulk_unit (reception_number, seq, request_json, result_json) VALUES ('OLD', 0, '{\"q\":1}', '{\"r\":1}')");

        assertThat(repository.requestChunks("OLD")).containsExactly("[{\"q\":1},{\"q\":2}]");
        assertThat(repository.resultChunks("OLD")).containsExactly("[{\"r\":1},{\"r\":2}]");
    }
}
