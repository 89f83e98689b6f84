package org.openoqs.core.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The bytes an entry's hash is computed over (format version 1). Every text field is length-prefixed so that no two
 * different entries share an encoding ("ab"+"c" ≠ "a"+"bc", null ≠ ""):
 *
 * <pre>
 * field("OpenOQS-audit-1")                       domain and format version
 * int64 sequence                                 8 bytes, big-endian
 * field(recordedAt as uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS)
 * field(action name) field(institutionCode) field(personKey) field(subject) field(outcome) field(detail)
 * field(previousHash)                            64 lower-case hex digits as stored
 *
 * field(s) = int32 length of UTF-8(s), big-endian, then UTF-8(s); a null s is the length -1 and no bytes
 * </pre>
 *
 * Changing anything here makes every stored chain fail to verify; a new format needs a new version string.
 */
public final class AuditCanonicalForm {
    static final String VERSION = "OpenOQS-audit-1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private AuditCanonicalForm() {}

    public static byte[] encode(AuditRecord record, String previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, VERSION);
        int64(out, record.sequence());
        field(out, time(record.recordedAt()));
        field(out, record.action().name());
        field(out, record.institutionCode());
        field(out, record.personKey());
        field(out, record.subject());
        field(out, record.outcome());
        field(out, record.detail());
        field(out, previousHash);
        return out.toByteArray();
    }

    static String time(LocalDateTime t) {
        return TIME.format(t);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            int32(out, -1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int32(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        for (int shift = 24; shift >= 0; shift -= 8) out.write(v >>> shift);
    }

    private static void int64(ByteArrayOutputStream out, long v) {
        for (int shift = 56; shift >= 0; shift -= 8) out.write((int) (v >>> shift));
    }
}
