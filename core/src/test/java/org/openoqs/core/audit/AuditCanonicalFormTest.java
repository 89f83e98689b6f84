package org.openoqs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditCanonicalFormTest {
    static final LocalDateTime AT = LocalDateTime.of(2026, 5, 1, 9, 30, 5, 7_000_000);

    static AuditRecord record(String subject, String outcome) {
        return new AuditRecord(42, AT, AuditAction.MEDICAL_INFORMATION_VIEW, "1312345679", "PK-髙橋", subject, outcome, null);
    }

    /** The documented layout, built independently of the class under test. */
    static byte[] documented(AuditRecord r, String previousHash) {
        ByteBuffer b = ByteBuffer.allocate(1024);
        field(b, "OpenOQS-audit-1");
        b.putLong(r.sequence());
        field(b, "2026-05-01T09:30:05.007000000");
        field(b, r.action().name());
        field(b, r.institutionCode());
        field(b, r.personKey());
        field(b, r.subject());
        field(b, r.outcome());
        field(b, r.detail());
        field(b, previousHash);
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    static void field(ByteBuffer b, String s) {
        if (s == null) {
            b.putInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(bytes.length).put(bytes);
    }

    @Test
    void encodingIsTheDocumentedLayout() throws Exception {
        AuditRecord r = record("YZK", "1");
        assertThat(AuditCanonicalForm.encode(r, AuditChain.GENESIS_HASH)).isEqualTo(documented(r, AuditChain.GENESIS_HASH));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(documented(r, AuditChain.GENESIS_HASH)));
        assertThat(AuditChain.hash(r, AuditChain.GENESIS_HASH)).isEqualTo(expected);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(AuditChain.hash(record("ab", "c"), AuditChain.GENESIS_HASH))
                .isNotEqualTo(AuditChain.hash(record("a", "bc"), AuditChain.GENESIS_HASH));
    }

    @Test
    void nullIsNotTheEmptyString() {
        assertThat(AuditCanonicalForm.encode(record(null, "1"), AuditChain.GENESIS_HASH))
                .isNotEqualTo(AuditCanonicalForm.encode(record("", "1"), AuditChain.GENESIS_HASH));
    }

    @Test
    void timeIsEncodedWithAllNineFractionDigits() {
        assertThat(AuditCanonicalForm.time(LocalDateTime.of(2026, 1, 2, 3, 4))).isEqualTo("2026-01-02T03:04:00.000000000");
    }
}
