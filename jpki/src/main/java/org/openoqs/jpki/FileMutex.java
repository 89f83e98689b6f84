package org.openoqs.jpki;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion on a lock file, between threads of this JVM and between processes (a kiosk and a CLI on the same
 * wallet, two {@code oqs jpki} runs on one authority).
 *
 * <p>A JVM may hold only one lock on a file, and closing any channel on a file can drop every lock the JVM holds on it,
 * so threads first queue on an in-process lock per lock file and only the thread that holds it opens the file. A thread
 * that already holds the mutex may enter again; the inner entry takes no second file lock.
 */
final class FileMutex implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock fileLock;

    private FileMutex(ReentrantLock local, FileChannel channel, FileLock fileLock) {
        this.local = local;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Blocks until this thread holds the mutex of {@code lockFile} (created if absent). */
    static FileMutex acquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        boolean reentry = local.isHeldByCurrentThread();
        local.lock();
        if (reentry) return new FileMutex(local, null, null);
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new FileMutex(local, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) channel.close();
            } finally {
                local.unlock();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (fileLock != null) fileLock.release();
        } finally {
            try {
                if (channel != null) channel.close();
            } finally {
                local.unlock();
            }
        }
    }
}
