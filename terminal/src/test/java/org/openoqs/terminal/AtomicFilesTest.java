package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeLeavesOnlyTheFinalFile() throws Exception {
        AtomicFiles.write(dir, "OQSsiquc01res_1.xml", new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(dir.resolve("OQSsiquc01res_1.xml"))).containsExactly(1, 2, 3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("OQSsiquc01res_1.xml");
        }
    }

    @Test
    void writeReplacesAnOldFileOfTheSameName() throws Exception {
        Files.write(dir.resolve("a.xml"), new byte[] {9, 9, 9, 9});

        AtomicFiles.write(dir, "a.xml", new byte[] {1});

        assertThat(Files.readAllBytes(dir.resolve("a.xml"))).containsExactly(1);
    }

    @Test
    void copyKeepsTheSourceAndCopiesEveryByte() throws Exception {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Path source = Files.write(dir.resolve("source"), big);
        Path target = Files.createDirectory(dir.resolve("res"));

        AtomicFiles.copy(source, target, "copy.xml");

        assertThat(Files.readAllBytes(target.resolve("copy.xml"))).isEqualTo(big);
        assertThat(source).exists();
        assertThat(target.resolve(".copy.xml.tmp")).doesNotExist();
    }
}
