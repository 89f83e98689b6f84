package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuedIndexTest {
    @TempDir Path dir;

    private static IssuedIndex.Entry entry(int n) {
        return new IssuedIndex.Entry(BigInteger.valueOf(1000 + n), "VC-0000-000" + n, TestJpki.YAMADA,
                LocalDate.of(2026, 4, 1), LocalDate.of(2030, 4, 15));
    }

    @Test
    void appendedEntriesAreSeenByAnotherReaderIncrementally() throws IOException {
        Path file = dir.resolve("jpki-issued.jsonl");
        IssuedIndex writer = new IssuedIndex(file);
        writer.refresh();
        writer.append(entry(1));
        writer.append(entry(2));
        IssuedIndex reader = new IssuedIndex(file);
        reader.refresh();
        assertThat(reader.entries()).containsExactly(entry(1), entry(2));

        writer.append(entry(3));
        reader.refresh();
        assertThat(reader.entries()).containsExactly(entry(1), entry(2), entry(3));
        assertThat(reader.bySerial(BigInteger.valueOf(1002))).contains(entry(2));
        assertThat(reader.byCardId("VC-0000-0003")).contains(entry(3));
        assertThat(reader.byCardId("VC-0000-0009")).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(3).first().asString()
                .startsWith("{\"CertificateSerial\":\"3E9\",\"CardId\":\"VC-0000-0001\",\"IssuedOn\":\"20260401\"")
                .contains("\"Name\":\"山田　太郎\"", "\"Sex1\":\"1\"");
    }

    @Test
    void anAbsentFileIsAnEmptyIndex() throws IOException {
        IssuedIndex index = new IssuedIndex(dir.resolve("none.jsonl"));
        index.refresh();
        assertThat(index.entries()).isEmpty();
    }

    @Test
    void aCutShortLastLineIsIgnoredAndCutOffByTheNextAppend() throws IOException {
        Path file = dir.resolve("jpki-issued.jsonl");
        IssuedIndex writer = new IssuedIndex(file);
        writer.refresh();
        writer.append(entry(1));
        Files.writeString(file, "{\"CertificateSerial\":\"3EA\",\"Ca", StandardOpenOption.APPEND);

        IssuedIndex next = new IssuedIndex(file);
        next.refresh();
        assertThat(next.entries()).containsExactly(entry(1));
        next.append(entry(2));

        IssuedIndex reader = new IssuedIndex(file);
        reader.refresh();
        assertThat(reader.entries()).containsExactly(entry(1), entry(2));
        assertThat(Files.readString(file)).doesNotContain("\"Ca\n").endsWith("}\n");
    }

    @Test
    void aBadLineIsReportedWithFileAndLine() throws IOException {
        Path file = dir.resolve("jpki-issued.jsonl");
        IssuedIndex writer = new IssuedIndex(file);
        writer.refresh();
        writer.append(entry(1));
        Files.writeString(file, "{\"CertificateSerial\":\"ZZ\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThatThrownBy(() -> new IssuedIndex(file).refresh()).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " line 2: not a valid entry");
    }

    @Test
    void aFileThatShrankOrVanishedIsAnError() throws IOException {
        Path file = dir.resolve("jpki-issued.jsonl");
        IssuedIndex index = new IssuedIndex(file);
        index.refresh();
        index.append(entry(1));
        index.append(entry(2));
        Files.writeString(file, Files.readAllLines(file).get(0) + "\n");
        assertThatThrownBy(index::refresh).isInstanceOf(IOException.class).hasMessageContaining("shrank");
        Files.delete(file);
        assertThatThrownBy(index::refresh).isInstanceOf(IOException.class).hasMessageContaining("disappeared");
    }
}
