package org.openoqs.jpki;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Whole-file writes that readers see either entirely or not at all: the bytes go to a temporary file in the same
 * directory, are forced to disk, and the file is renamed over the target with {@code ATOMIC_MOVE}.
 */
final class AtomicFile {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFile() {}

    /**
     * @param secret keep the file owner-only ({@code rw-------}) where the file system supports it, for private keys;
     *               otherwise it is world-readable ({@code rw-r--r--}), for certificates and CRLs
     */
    static void write(Path target, byte[] content, boolean secret) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // createTempFile makes an owner-only file, so secret content is never readable by others, not even briefly.
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            if (POSIX && !secret) Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
