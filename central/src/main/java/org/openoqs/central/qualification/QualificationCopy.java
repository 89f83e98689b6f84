package org.openoqs.central.qualification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.openoqs.core.qualification.QualificationRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * New qualification rows into PostgreSQL with {@code COPY … FROM STDIN} in binary format instead of {@code INSERT}s:
 * the server parses no statement, plans nothing per row and reads each value without parsing text, and the rows travel
 * as one stream. The rows land in the caller's transaction like an {@code INSERT} and are checked by the same
 * constraints: a key already stored fails the whole {@code COPY} with the unique-key violation, as a multi-row
 * {@code INSERT} would.
 * <p>
 * {@link Stream} keeps one {@code COPY} open across an intake's batches: each batch is sent when it is added and the
 * server takes it in while the intake prepares the next, where a {@code COPY} per batch left the server idle between
 * batches and the intake idle while the server worked (the PostgreSQL backend was ~75 % busy during a load).
 */
final class QualificationCopy {
    private static final String COPY = "COPY qualification (" + String.join(", ", QualificationColumns.DATA)
            + ", intake_id, updated_at) FROM STDIN (FORMAT binary)";
    /** Binary COPY's signature, then 32 bits of flags and the length of a header extension, both zero. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** A field count of -1. */
    private static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    /** Where PostgreSQL counts dates and timestamps from in binary form. */
    private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);

    private QualificationCopy() {}

    /** Whether {@code c} reaches PostgreSQL (through any pool or proxy), so {@link #copy} applies. */
    static boolean applies(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    static void copy(Connection c, List<QualificationRecord> records, long intakeId, Timestamp now) throws SQLException {
        CopyIn in = open(c);
        try {
            write(in, records, intakeId, now.toLocalDateTime());
            end(in);
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /** Starts a {@code COPY} and sends binary COPY's header. */
    private static CopyIn open(Connection c) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        in.writeToCopy(HEADER, 0, HEADER.length);
        return in;
    }

    private static void write(CopyIn in, List<QualificationRecord> records, long intakeId, LocalDateTime now) throws SQLException {
        byte[] data = tuples(records, intakeId, now);
        in.writeToCopy(data, 0, data.length);
    }

    /** Sends the trailer and ends the {@code COPY}; the server's verdict (a duplicate key, say) comes here. */
    private static void end(CopyIn in) throws SQLException {
        in.writeToCopy(TRAILER, 0, TRAILER.length);
        in.endCopy();
    }

    /**
     * One {@code COPY} kept open on the transaction's connection from the first {@link #add} to {@link #finish}; an
     * {@code add} after a {@code finish} opens the next. Only inside a transaction: the connection must stay the same.
     * While a {@code COPY} is open the stream is bound to the transaction under {@code store}, which then refuses other
     * work instead of waiting on the connection for good.
     */
    static final class Stream implements QualificationStore.BulkInsert {
        private final Object store;
        private final DataSource dataSource;
        private final Connection connection;
        private final SQLExceptionTranslator translator;
        private final long intakeId;
        private final LocalDateTime now;
        private CopyIn in;

        Stream(Object store, DataSource dataSource, Connection connection, SQLExceptionTranslator translator, long intakeId,
               LocalDateTime now) {
            this.store = store;
            this.dataSource = dataSource;
            this.connection = connection;
            this.translator = translator;
            this.intakeId = intakeId;
            this.now = now;
        }

        @Override
        public void add(List<QualificationRecord> records) {
            try {
                if (in == null) {
                    in = open(connection);
                    TransactionSynchronizationManager.bindResource(store, this);
                }
                write(in, records, intakeId, now);
            } catch (SQLException e) {
                throw translator.translate("COPY qualification", COPY, e);
            }
        }

        @Override
        public void finish() {
            if (in == null) return;
            try {
                end(in);
            } catch (SQLException e) {
                throw translator.translate("COPY qualification", COPY, e);
            } finally {
                ended();
            }
        }

        @Override
        public void close() {
            try {
                if (in != null && in.isActive()) in.cancelCopy();
            } catch (SQLException e) {
                // The transaction is rolling back and takes whatever the COPY wrote with it; the cause is on its way up.
            } finally {
                if (in != null) ended();
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        private void ended() {
            in = null;
            TransactionSynchronizationManager.unbindResource(store);
        }
    }

    /**
     * The rows as binary COPY tuples: a field count, then per column its length and bytes, or -1 for null. Strings
     * are UTF-8 (the server checks them as it would text), dates days and timestamps microseconds since 2000-01-01.
     */
    static byte[] tuples(List<QualificationRecord> records, long intakeId, LocalDateTime now) {
        Tuples out = new Tuples(records.size() * 400);
        long updatedAt = ChronoUnit.MICROS.between(POSTGRES_EPOCH.atStartOfDay(), now);
        for (QualificationRecord r : records) {
            Object[] values = QualificationColumns.values(r, date -> date);
            out.int16(values.length + 2);
            for (Object v : values) {
                if (v == null) out.int32(-1);
                else if (v instanceof String text) out.text(text);
                else out.int32(4).int32((int) (((LocalDate) v).toEpochDay() - POSTGRES_EPOCH.toEpochDay()));
            }
            out.int32(8).int64(intakeId);
            out.int32(8).int64(updatedAt);
        }
        return out.bytes();
    }

    /** A growing big-endian buffer (the byte order of COPY's binary format). */
    private static final class Tuples {
        private byte[] buf;
        private int size;

        Tuples(int capacity) {
            buf = new byte[Math.max(capacity, 64)];
        }

        Tuples int16(int v) {
            room(2);
            buf[size++] = (byte) (v >>> 8);
            buf[size++] = (byte) v;
            return this;
        }

        Tuples int32(int v) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) buf[size++] = (byte) (v >>> shift);
            return this;
        }

        Tuples int64(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) buf[size++] = (byte) (v >>> shift);
            return this;
        }

        void text(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            int32(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }

        private void room(int n) {
            if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
