package org.openoqs.jpki;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * The authority's record of issued card certificates: {@code jpki-issued.jsonl}, one JSON object per line, appended.
 * An append-only journal rather than a rewritten file, so that issuing the ten-thousandth card does not rewrite the
 * other 9,999. A line is complete only with its newline: readers ignore a partial last line (an append in progress,
 * or one cut short by a crash), and the next append, made under the authority's lock, cuts such a remnant off first.
 *
 * <pre>{"CertificateSerial":"5F…","CardId":"VC-7K3M-9QX2","IssuedOn":"20260401","ValidUntil":"20310415",
 *  "Name":"山田　太郎","Birthdate":"19800415","Sex1":"1","Address":"東京都…"}</pre>
 *
 * Reading is incremental: {@link #refresh()} parses only what was appended since the last call.
 */
final class IssuedIndex {
    private static final System.Logger LOG = System.getLogger(IssuedIndex.class.getName());
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One issued certificate. */
    record Entry(BigInteger serial, String cardId, BasicFourFacts facts, LocalDate issuedOn, LocalDate validUntil) {}

    @JsonPropertyOrder({"CertificateSerial", "CardId", "IssuedOn", "ValidUntil", "Name", "Birthdate", "Sex1", "Address"})
    record Line(@JsonProperty("CertificateSerial") String certificateSerial, @JsonProperty("CardId") String cardId,
                @JsonProperty("IssuedOn") String issuedOn, @JsonProperty("ValidUntil") String validUntil,
                @JsonProperty("Name") String name, @JsonProperty("Birthdate") String birthdate,
                @JsonProperty("Sex1") String sex1, @JsonProperty("Address") String address) {}

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<BigInteger, Entry> bySerial = new HashMap<>();
    private final Map<String, Entry> byCardId = new HashMap<>();
    private long consumed;
    private long lines;

    IssuedIndex(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Reads the complete lines appended since the last refresh. */
    synchronized void refresh() throws IOException {
        if (!Files.exists(file)) {
            if (consumed > 0) throw new IOException(file + ": the index of issued cards has disappeared");
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < consumed) {
                throw new IOException(file + ": shrank from " + consumed + " to " + size + " bytes; it must only be appended to");
            }
            if (size == consumed) return;
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - consumed));
            while (buffer.hasRemaining() && channel.read(buffer, consumed + buffer.position()) >= 0) { /* read fully */ }
            parse(buffer.array(), buffer.position());
        }
    }

    private void parse(byte[] bytes, int length) throws IOException {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '\n') continue;
            lines++;
            String text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            if (!text.isBlank()) add(decode(text));
            start = i + 1;
        }
        consumed += start;
    }

    /** Appends an entry; the caller holds the authority's lock and has just called {@link #refresh()}. */
    synchronized void append(Entry entry) throws IOException {
        byte[] line = (JSON.writeValueAsString(encode(entry)) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (channel.size() > consumed) {
                LOG.log(System.Logger.Level.WARNING, "{0}: dropping an incomplete last line ({1} bytes) left by an interrupted write",
                        file, channel.size() - consumed);
                channel.truncate(consumed);
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long position = consumed;
            while (buffer.hasRemaining()) position += channel.write(buffer, position);
            channel.force(true);
        }
        consumed += line.length;
        lines++;
        add(entry);
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    synchronized Optional<Entry> bySerial(BigInteger serial) {
        return Optional.ofNullable(bySerial.get(serial));
    }

    synchronized Optional<Entry> byCardId(String cardId) {
        return Optional.ofNullable(byCardId.get(cardId));
    }

    private void add(Entry entry) {
        entries.add(entry);
        bySerial.put(entry.serial(), entry);
        byCardId.put(entry.cardId(), entry);
    }

    private static Line encode(Entry e) {
        BasicFourFacts f = e.facts();
        return new Line(CertificateSerial.hex(e.serial()), e.cardId(), e.issuedOn().format(YYYYMMDD),
                e.validUntil().format(YYYYMMDD), f.name(), f.birthdate().format(YYYYMMDD), f.sex().code(), f.address());
    }

    private Entry decode(String text) throws IOException {
        try {
            Line l = JSON.readValue(text, Line.class);
            BasicFourFacts facts = new BasicFourFacts(l.name(), date(l.birthdate()),
                    OqsCode.parse(Sex.class, "Sex1", l.sex1()), l.address());
            return new Entry(CertificateSerial.parse(l.certificateSerial()), CardId.requireValid(l.cardId()),
                    facts, date(l.issuedOn()), date(l.validUntil()));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " line " + lines + ": not a valid entry: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String text) {
        if (text == null) throw new IllegalArgumentException("a date is missing");
        return LocalDate.parse(text, YYYYMMDD);
    }
}
