package org.openoqs.central.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.openoqs.core.audit.StoredAuditRecord;
import org.openoqs.core.audit.UnreadableAuditRecordException;

class AuditEntryPagesTest {
    final List<Long> asked = new ArrayList<>();

    static AuditEntryRow row(long sequence, String action) {
        return new AuditEntryRow(sequence, LocalDateTime.of(2026, 5, 1, 9, 0), action, null, null, null, null, null,
                "0".repeat(64), "0".repeat(64), null);
    }

    AuditEntryPages pages(long total, int pageSize) {
        return new AuditEntryPages(after -> {
            asked.add(after);
            return LongStream.rangeClosed(after + 1, Math.min(total, after + pageSize)).mapToObj(s -> row(s, "CARD_LINK")).toList();
        }, pageSize);
    }

    static List<Long> drain(AuditEntryPages pages) {
        List<Long> seen = new ArrayList<>();
        pages.forEachRemaining(e -> seen.add(e.sequence()));
        return seen;
    }

    @Test
    void eachPageStartsAfterTheLastEntryRead() {
        assertThat(drain(pages(7, 3))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(asked).containsExactly(0L, 3L, 6L);
    }

    @Test
    void aFullLastPageCostsOneEmptyQuery() {
        assertThat(drain(pages(6, 3))).hasSize(6);
        assertThat(asked).containsExactly(0L, 3L, 6L);
    }

    @Test
    void anEmptyTableIsOneQuery() {
        AuditEntryPages empty = pages(0, 3);
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.hasNext()).isFalse();
        assertThat(asked).containsExactly(0L);
        assertThatThrownBy(empty::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void anUnreadableRowFailsOnlyWhenItsTurnComes() {
        AuditEntryPages pages = new AuditEntryPages(after -> after == 0
                ? List.of(row(1, "CARD_LINK"), row(2, "ERASED"), row(3, "CARD_LINK")) : List.of(), 10);
        StoredAuditRecord first = pages.next();
        assertThat(first.sequence()).isEqualTo(1);
        assertThatThrownBy(pages::next).isInstanceOf(UnreadableAuditRecordException.class)
                .hasMessageContaining("'ERASED'")
                .satisfies(e -> assertThat(((UnreadableAuditRecordException) e).sequence()).isEqualTo(2));
    }
}
