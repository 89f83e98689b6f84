package org.openoqs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 5, 1, 9, 30, 0, 123_000_000);
    static final int SIZE = 5;

    /** A chain of {@link #SIZE} entries, each field different per entry. */
    static List<StoredAuditRecord> chain(int size) {
        List<StoredAuditRecord> chain = new ArrayList<>();
        AuditHead head = AuditHead.GENESIS;
        for (int i = 1; i <= size; i++) {
            StoredAuditRecord entry = AuditChain.append(head, record(i, "PK-" + i));
            chain.add(entry);
            head = entry.head();
        }
        return chain;
    }

    static AuditRecord record(long sequence, String personKey) {
        return new AuditRecord(sequence, T0.plusSeconds(sequence), AuditAction.QUALIFICATION_CONFIRMATION,
                "1312345679", personKey, "01130012", "1", "QualificationConfirmationDate=20260501");
    }

    static AuditVerification verify(List<StoredAuditRecord> entries, AuditHead... anchors) {
        return AuditChain.verify(entries.iterator(), List.of(anchors));
    }

    static StoredAuditRecord withRecord(StoredAuditRecord e, AuditRecord r) {
        return new StoredAuditRecord(r, e.previousHash(), e.hash());
    }

    static AuditRecord copy(AuditRecord r, long sequence) {
        return new AuditRecord(sequence, r.recordedAt(), r.action(), r.institutionCode(), r.personKey(), r.subject(),
                r.outcome(), r.detail());
    }

    /** A record like {@code r} with one field replaced, by name. */
    static AuditRecord with(AuditRecord r, String field, Object value) {
        return new AuditRecord(r.sequence(),
                field.equals("recordedAt") ? (LocalDateTime) value : r.recordedAt(),
                field.equals("action") ? (AuditAction) value : r.action(),
                field.equals("institutionCode") ? (String) value : r.institutionCode(),
                field.equals("personKey") ? (String) value : r.personKey(),
                field.equals("subject") ? (String) value : r.subject(),
                field.equals("outcome") ? (String) value : r.outcome(),
                field.equals("detail") ? (String) value : r.detail());
    }

    static UnaryOperator<StoredAuditRecord> set(String field, Object value) {
        return e -> withRecord(e, with(e.record(), field, value));
    }

    /** Every way of editing one stored entry in place, at every position. */
    static Stream<Arguments> edits() {
        List<Arguments> edits = List.of(
                Arguments.of("recordedAt", set("recordedAt", T0.plusSeconds(99))),
                Arguments.of("action", set("action", AuditAction.CARD_CONFIRMATION)),
                Arguments.of("institutionCode", set("institutionCode", "2712345673")),
                Arguments.of("personKey", set("personKey", "PK-other")),
                Arguments.of("personKey to null", set("personKey", null)),
                Arguments.of("subject", set("subject", "06131239")),
                Arguments.of("outcome", set("outcome", "4")),
                Arguments.of("detail to empty", set("detail", "")),
                Arguments.of("previousHash", (UnaryOperator<StoredAuditRecord>)
                        e -> new StoredAuditRecord(e.record(), "f".repeat(64), e.hash())),
                Arguments.of("hash", (UnaryOperator<StoredAuditRecord>)
                        e -> new StoredAuditRecord(e.record(), e.previousHash(), "e".repeat(64))));
        return edits.stream().flatMap(edit -> IntStream.rangeClosed(1, SIZE)
                .mapToObj(seq -> Arguments.of(edit.get()[0], seq, edit.get()[1])));
    }

    @Test
    void emptyChainIsIntactAtGenesis() {
        AuditVerification v = verify(List.of());
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isZero();
        assertThat(v.head()).isEqualTo(AuditHead.GENESIS);
        assertThat(verify(List.of(), AuditHead.GENESIS).intact()).isTrue();
    }

    @Test
    void firstEntryFollowsTheGenesisHash() {
        StoredAuditRecord first = chain(1).get(0);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS_HASH).matches("0{64}");
        assertThat(first.hash()).isEqualTo(AuditChain.hash(first.record(), AuditChain.GENESIS_HASH)).matches("[0-9a-f]{64}");
    }

    @Test
    void intactChainNamesItsHead() {
        List<StoredAuditRecord> chain = chain(SIZE);
        AuditVerification v = verify(chain, chain.get(1).head(), chain.get(SIZE - 1).head());
        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(v.entries()).isEqualTo(SIZE);
        assertThat(v.head()).isEqualTo(chain.get(SIZE - 1).head());
        assertThat(v.summary()).isEqualTo("audit chain OK: 5 entries, head 5:" + chain.get(SIZE - 1).hash());
    }

    @Test
    void appendRefusesAWrongSequence() {
        List<StoredAuditRecord> chain = chain(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditChain.append(chain.get(1).head(), record(4, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} of entry {1}")
    @MethodSource("edits")
    void editingAnyFieldOfAnyEntryIsDetectedThere(String field, int sequence, UnaryOperator<StoredAuditRecord> edit) {
        List<StoredAuditRecord> chain = new ArrayList<>(chain(SIZE));
        chain.set(sequence - 1, edit.apply(chain.get(sequence - 1)));
        AuditVerification v = verify(chain);
        assertThat(v.problem()).as(v.summary()).isEqualTo(AuditProblem.EDITED);
        assertThat(v.firstBadSequence()).isEqualTo(sequence);
        assertThat(v.entries()).isEqualTo(sequence - 1);
    }

    @Test
    void deletingTheFirstEntryIsAGapAtOne() {
        List<StoredAuditRecord> chain = new ArrayList<>(chain(SIZE));
        chain.remove(0);
        AuditVerification v = verify(chain);
        assertThat(v.problem()).isEqualTo(AuditProblem.MISSING);
        assertThat(v.firstBadSequence()).isEqualTo(1);
        assertThat(v.summary()).contains("BROKEN at sequence 1", "deleted", "entry 1 is gone");
    }

    @Test
    void deletingMiddleEntriesIsAGapWhereTheyWere() {
        List<StoredAuditRecord> chain = new ArrayList<>(chain(SIZE));
        chain.remove(2);
        chain.remove(2);
        AuditVerification v = verify(chain);
        assertThat(v.problem()).isEqualTo(AuditProblem.MISSING);
        assertThat(v.firstBadSequence()).isEqualTo(3);
        assertThat(v.explanation()).isEqualTo("entries 3–4 are gone");
    }

    @Test
    void deletingTheNewestEntriesIsOnlyDetectedWithAnAnchor() {
        List<StoredAuditRecord> chain = chain(SIZE);
        AuditHead anchored = chain.get(SIZE - 1).head();
        List<StoredAuditRecord> truncated = chain.subList(0, SIZE - 2);
        // The limit of a chain alone: a shorter chain is a valid chain.
        assertThat(verify(truncated).intact()).isTrue();
        AuditVerification v = verify(truncated, anchored);
        assertThat(v.problem()).isEqualTo(AuditProblem.TRUNCATED);
        assertThat(v.firstBadSequence()).isEqualTo(SIZE - 1);
        assertThat(v.entries()).isEqualTo(SIZE - 2);
    }

    @Test
    void insertingARecomputedEntryBreaksTheLinkOfTheNextOne() {
        List<StoredAuditRecord> chain = chain(SIZE);
        List<StoredAuditRecord> forged = new ArrayList<>(chain.subList(0, 2));
        StoredAuditRecord inserted = AuditChain.append(forged.get(1).head(), record(3, "PK-forged"));
        forged.add(inserted);
        // The later entries renumbered, each with a recomputed hash of its own, but still pointing at their old predecessor.
        for (StoredAuditRecord e : chain.subList(2, SIZE)) {
            AuditRecord moved = copy(e.record(), e.sequence() + 1);
            forged.add(new StoredAuditRecord(moved, e.previousHash(), AuditChain.hash(moved, e.previousHash())));
        }
        AuditVerification v = verify(forged);
        assertThat(v.problem()).as(v.summary()).isEqualTo(AuditProblem.BROKEN_LINK);
        assertThat(v.firstBadSequence()).isEqualTo(4);
    }

    @Test
    void insertingWithoutRecomputingIsAnEdit() {
        List<StoredAuditRecord> chain = chain(SIZE);
        List<StoredAuditRecord> forged = new ArrayList<>(chain.subList(0, 2));
        forged.add(new StoredAuditRecord(record(3, "PK-forged"), chain.get(1).hash(), chain.get(2).hash()));
        forged.addAll(chain.subList(2, SIZE));
        AuditVerification v = verify(forged);
        assertThat(v.problem()).isEqualTo(AuditProblem.EDITED);
        assertThat(v.firstBadSequence()).isEqualTo(3);
    }

    @Test
    void reorderingEntriesIsDetected() {
        List<StoredAuditRecord> chain = chain(SIZE);
        // Renumbered swap of entries 2 and 3, hashes left as they were: the sequence is part of the hash.
        List<StoredAuditRecord> swapped = new ArrayList<>(chain);
        swapped.set(1, new StoredAuditRecord(copy(chain.get(2).record(), 2), chain.get(2).previousHash(), chain.get(2).hash()));
        swapped.set(2, new StoredAuditRecord(copy(chain.get(1).record(), 3), chain.get(1).previousHash(), chain.get(1).hash()));
        assertThat(verify(swapped).problem()).isEqualTo(AuditProblem.EDITED);
        assertThat(verify(swapped).firstBadSequence()).isEqualTo(2);
        // The same swap with recomputed hashes: the new entry 2 (old 3) still points at old entry 2, not at entry 1.
        List<StoredAuditRecord> rehashed = new ArrayList<>(chain);
        for (int i = 1; i <= 2; i++) {
            StoredAuditRecord e = swapped.get(i);
            rehashed.set(i, new StoredAuditRecord(e.record(), e.previousHash(), AuditChain.hash(e.record(), e.previousHash())));
        }
        assertThat(verify(rehashed).problem()).isEqualTo(AuditProblem.BROKEN_LINK);
        assertThat(verify(rehashed).firstBadSequence()).isEqualTo(2);
    }

    @Test
    void aRepeatedSequenceIsOutOfOrder() {
        List<StoredAuditRecord> chain = new ArrayList<>(chain(SIZE));
        chain.add(3, chain.get(1));
        AuditVerification v = verify(chain);
        assertThat(v.problem()).isEqualTo(AuditProblem.OUT_OF_ORDER);
        assertThat(v.firstBadSequence()).isEqualTo(2);
    }

    @Test
    void aFullyRecomputedRewriteIsOnlyCaughtByAnAnchorAtOrAfterIt() {
        List<StoredAuditRecord> chain = chain(SIZE);
        List<StoredAuditRecord> rewritten = new ArrayList<>(chain.subList(0, 2));
        AuditHead head = rewritten.get(1).head();
        for (int seq = 3; seq <= SIZE; seq++) {
            StoredAuditRecord e = AuditChain.append(head, record(seq, "PK-rewritten"));
            rewritten.add(e);
            head = e.head();
        }
        assertThat(verify(rewritten).intact()).as("the limit of an unanchored chain").isTrue();
        assertThat(verify(rewritten, chain.get(1).head()).intact()).as("anchor before the rewrite").isTrue();
        AuditVerification v = verify(rewritten, chain.get(3).head());
        assertThat(v.problem()).isEqualTo(AuditProblem.HEAD_MISMATCH);
        assertThat(v.firstBadSequence()).isEqualTo(4);
        assertThat(v.entries()).as("entry 4 itself is consistent").isEqualTo(4);
    }

    @Test
    void aGenesisAnchorThatIsNotGenesisIsAMismatch() {
        AuditVerification v = verify(chain(1), new AuditHead(0, "a".repeat(64)));
        assertThat(v.problem()).isEqualTo(AuditProblem.HEAD_MISMATCH);
        assertThat(v.firstBadSequence()).isZero();
    }

    @Test
    void anUnreadableEntryIsAnEdit() {
        List<StoredAuditRecord> chain = chain(3);
        Iterator<StoredAuditRecord> reader = new Iterator<>() {
            int next;

            @Override public boolean hasNext() { return next < 3; }

            @Override public StoredAuditRecord next() {
                if (next == 1) throw new UnreadableAuditRecordException(2, "action 'DELETED_BY_ADMIN' is not an AuditAction");
                return chain.get(next++);
            }
        };
        AuditVerification v = AuditChain.verify(reader);
        assertThat(v.problem()).isEqualTo(AuditProblem.EDITED);
        assertThat(v.firstBadSequence()).isEqualTo(2);
        assertThat(v.explanation()).contains("DELETED_BY_ADMIN");
    }

    @Test
    void theHashDependsOnThePreviousHash() {
        AuditRecord r = record(1, "PK-1");
        assertThat(AuditChain.hash(r, AuditChain.GENESIS_HASH)).isNotEqualTo(AuditChain.hash(r, "1".repeat(64)));
    }
}
