package org.openoqs.central.qualification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.openoqs.core.qualification.QualificationRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New qualification rows into PostgreSQL with one {@code COPY … FROM STDIN} (text format) per call instead of
 * {@code INSERT}s: the server parses no statement and plans nothing per row, and the rows travel as one stream. The
 * rows land in the caller's transaction like an {@code INSERT} and are checked by the same constraints: a key already
 * stored fails the whole {@code COPY} with the unique-key violation, as a multi-row {@code INSERT} would.
 */
final class QualificationCopy {
    private static final String COPY = "COPY qualification (" + String.join(", ", QualificationColumns.DATA)
            + ", intake_id, updated_at) FROM STDIN";

    private QualificationCopy() {}

    /** Whether {@code c} reaches PostgreSQL (through any pool or proxy), so {@link #copy} applies. */
    static boolean applies(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    static void copy(Connection c, List<QualificationRecord> records, long intakeId, Timestamp now) throws SQLException {
        byte[] data = text(records, intakeId, now);
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            in.writeToCopy(data, 0, data.length);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /** The rows in COPY's text format: tab between columns, {@code \N} for null, backslash escapes. */
    static byte[] text(List<QualificationRecord> records, long intakeId, Timestamp now) {
        String suffix = "\t" + intakeId + "\t" + now + "\n";
        StringBuilder out = new StringBuilder(records.size() * 320);
        for (QualificationRecord r : records) {
            Object[] values = QualificationColumns.values(r, date -> date); // LocalDate prints as yyyy-mm-dd
            for (int i = 0; i < values.length; i++) {
                if (i > 0) out.append('\t');
                Object v = values[i];
                if (v == null) out.append("\\N");
                else if (v instanceof String s) escape(s, out);
                else out.append(v);
            }
            out.append(suffix);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
