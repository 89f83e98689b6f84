package org.openoqs.terminal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Finds complete request files in {@code req} and hands each to a {@link Claimer}.
 *
 * <p>Two sources of candidates: a {@link WatchService} for speed (EHRs expect pick-up "within seconds" [C] S5) and a
 * full scan every {@code scanInterval}, because watchers miss events on network shares [C] §4.6 (S10 uses both).
 * Only {@link RequestFileName#isCandidate(String) candidates} are considered; temporary names are ignored.
 *
 * <p>Never reads a half-written file: a file is handed over only when its size and last-modified time are unchanged
 * across two observations at least {@code settleTime} apart, and the claimer's atomic move succeeds (a file still
 * locked by a Windows writer cannot be moved). A file the claimer refuses is looked at again later. One exception
 * spares the usual case the settle time: a file whose bytes already end with the root's end tag {@code </XmlMsg>}
 * (trailing white space allowed) is complete, because a writer writes that tag last — a file renamed into
 * {@code req} as S10 recommends, or written in place and finished, is offered at first sight.
 *
 * <p>All bookkeeping runs on one scheduler thread, so no locking; the watch thread only forwards names to it.
 */
public final class RequestWatcher implements AutoCloseable {

    /** Takes a complete candidate; returns false when it could not be taken now (it will be offered again). */
    @FunctionalInterface
    public interface Claimer {
        boolean tryClaim(Path file);
    }

    private static final System.Logger LOG = System.getLogger(RequestWatcher.class.getName());
    /** ASCII, so the same bytes in UTF-8 and Shift_JIS (whose trail bytes never include {@code <}). */
    private static final byte[] ROOT_END_TAG = "</XmlMsg>".getBytes(StandardCharsets.US_ASCII);
    /** How much of a file's end is read for the end tag: the tag plus generous trailing white space. */
    private static final int TAIL_BYTES = 256;

    private final Path dir;
    private final long settleNanos;
    private final Claimer claimer;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Observation> pending = new HashMap<>();
    private final Set<String> recheckScheduled = new HashSet<>();
    private final WatchService watchService;
    private final Thread watchThread;

    private RequestWatcher(Path dir, Duration settleTime, boolean useWatchService, Claimer claimer)
            throws IOException {
        this.dir = dir;
        this.settleNanos = settleTime.toNanos();
        this.claimer = claimer;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("oqs-req-scan"));
        this.watchService = useWatchService ? register(dir) : null;
        this.watchThread = useWatchService ? daemon("oqs-req-watch").newThread(this::watchLoop) : null;
    }

    /**
     * Starts watching; the first full scan runs at once, so files present before start are found.
     *
     * @param useWatchService false relies on the periodic scan alone
     */
    public static RequestWatcher start(Path dir, Duration scanInterval, Duration settleTime, boolean useWatchService,
            Claimer claimer) throws IOException {
        RequestWatcher watcher = new RequestWatcher(dir, settleTime, useWatchService, claimer);
        if (watcher.watchThread != null) {
            watcher.watchThread.start();
        }
        watcher.scheduler.scheduleWithFixedDelay(watcher::scanSafely, 0, scanInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        return watcher;
    }

    @Override
    public void close() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the watch service of " + dir, e);
            }
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WatchService register(Path dir) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        return service;
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    forward(event);
                }
                if (!key.reset()) {
                    LOG.log(System.Logger.Level.WARNING, "{0} can no longer be watched; relying on the scan", dir);
                    return;
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // close() was called
        }
    }

    private void forward(WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            submit(this::scanSafely); // events were lost: look at everything
        } else if (event.context() instanceof Path name) {
            String fileName = name.toString();
            submit(() -> observe(fileName));
        }
    }

    private void submit(Runnable task) {
        if (!scheduler.isShutdown()) {
            try {
                scheduler.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // shutting down; the next start's scan finds the file
            }
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            // A share may be briefly unreachable; the next scan tries again.
            LOG.log(System.Logger.Level.WARNING, "scanning " + dir + " failed", e);
        }
    }

    private void scan() throws IOException {
        Set<String> seen = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                seen.add(name);
                observe(name);
            }
        }
        pending.keySet().retainAll(seen); // forget files that disappeared
    }

    private void observe(String name) {
        if (!RequestFileName.isCandidate(name)) {
            return;
        }
        Observation now = look(dir.resolve(name));
        if (now == null) {
            pending.remove(name);
            return;
        }
        Observation before = pending.get(name);
        boolean changed = before == null || !before.sameFileState(now);
        if (changed && endsWithRootEndTag(dir.resolve(name), now.size())) {
            offer(name); // complete already: no need to wait for it to settle
        } else if (changed) {
            pending.put(name, now);
            scheduleRecheck(name, settleNanos);
        } else if (now.atNanos() - before.atNanos() >= settleNanos) {
            offer(name);
        } else {
            scheduleRecheck(name, settleNanos - (now.atNanos() - before.atNanos()));
        }
    }

    private void offer(String name) {
        boolean taken;
        try {
            taken = claimer.tryClaim(dir.resolve(name));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "claiming " + name + " failed; will retry", e);
            taken = false;
        }
        if (taken) {
            pending.remove(name);
        } else {
            scheduleRecheck(name, settleNanos); // e.g. still locked by its writer
        }
    }

    private void scheduleRecheck(String name, long delayNanos) {
        if (recheckScheduled.add(name)) {
            try {
                scheduler.schedule(() -> {
                    recheckScheduled.remove(name);
                    observe(name);
                }, delayNanos, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                recheckScheduled.remove(name);
            }
        }
    }

    /** Whether the file's last bytes are {@code </XmlMsg>} and white space; reads at most {@link #TAIL_BYTES}. */
    static boolean endsWithRootEndTag(Path file, long size) {
        if (size < ROOT_END_TAG.length) {
            return false;
        }
        ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, TAIL_BYTES));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = size - tail.capacity();
            while (tail.hasRemaining()) {
                int read = channel.read(tail, position + tail.position());
                if (read < 0) {
                    return false; // shrank meanwhile: being rewritten
                }
            }
        } catch (IOException e) {
            return false; // gone or locked: the settle path decides
        }
        byte[] bytes = tail.array();
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == '\t')) {
            end--;
        }
        return end >= ROOT_END_TAG.length
                && Arrays.equals(bytes, end - ROOT_END_TAG.length, end, ROOT_END_TAG, 0, ROOT_END_TAG.length);
    }

    private static Observation look(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return null;
            }
            return new Observation(attributes.size(), attributes.lastModifiedTime().toMillis(), System.nanoTime());
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot read attributes of " + file, e);
            return null;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What a file looked like at one moment. */
    private record Observation(long size, long modifiedMillis, long atNanos) {
        boolean sameFileState(Observation other) {
            return size == other.size && modifiedMillis == other.modifiedMillis;
        }
    }
}
