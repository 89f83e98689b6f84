package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    @TempDir Path dir;

    @Test
    void writesAndReplacesTheWholeFileCreatingTheFolder() throws IOException {
        Path file = dir.resolve("sub/a.pem");
        AtomicFile.write(file, "first".getBytes(StandardCharsets.UTF_8), false);
        AtomicFile.write(file, "second".getBytes(StandardCharsets.UTF_8), false);
        assertThat(file).hasContent("second");
        assertThat(names(dir.resolve("sub"))).containsExactly("a.pem");
    }

    @Test
    void secretFilesAreOwnerOnlyOthersWorldReadable() throws IOException {
        AtomicFile.write(dir.resolve("key.pem"), new byte[] {1}, true);
        AtomicFile.write(dir.resolve("crl.pem"), new byte[] {1}, false);
        if (POSIX) {
            assertThat(Files.getPosixFilePermissions(dir.resolve("key.pem"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(dir.resolve("crl.pem"))).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws IOException {
        Path blocker = dir.resolve("target");
        Files.createDirectories(blocker.resolve("not-empty"));
        assertThatThrownBy(() -> AtomicFile.write(blocker, new byte[] {1}, false)).isInstanceOf(IOException.class);
        assertThat(names(dir)).containsExactly("target");
    }

    private static Stream<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
