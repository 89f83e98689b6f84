package org.openoqs.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Publishes files so a reader never sees them half-written: write {@code .<name>.tmp} (a hidden name EHRs ignore),
 * force it to disk, close, then rename atomically [S] S10 recommends exactly this to EHRs writing into {@code req}.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path dir, String name, byte[] bytes) throws IOException {
        Path temp = tempFor(dir, name);
        try (FileChannel channel = openForWrite(temp)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        publish(temp, dir.resolve(name));
    }

    /** Streams {@code source} into {@code dir/name}; used for request copies, which may be large. */
    public static void copy(Path source, Path dir, String name) throws IOException {
        Path temp = tempFor(dir, name);
        try (InputStream in = Files.newInputStream(source); FileChannel channel = openForWrite(temp)) {
            OutputStream out = Channels.newOutputStream(channel);
            in.transferTo(out);
            channel.force(true);
        }
        publish(temp, dir.resolve(name));
    }

    /** Atomic rename within one file system; an existing target is replaced (rename semantics). */
    public static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path tempFor(Path dir, String name) {
        return dir.resolve("." + name + ".tmp");
    }

    private static FileChannel openForWrite(Path temp) throws IOException {
        return FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    private static void publish(Path temp, Path target) throws IOException {
        try {
            move(temp, target);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
