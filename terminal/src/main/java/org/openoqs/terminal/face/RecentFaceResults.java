package org.openoqs.terminal.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openoqs.wire.xml.WireFormatException;
import org.openoqs.wire.xml.XmlMsgReader;

/**
 * The latest card-reader results, newest first, for the staff pages. Kept in memory and bounded; at start-up it is
 * filled from the face files still in {@code face} (the EHR may have taken some away, which is fine: this list is a
 * convenience for staff, the face files are the record). Thread-safe.
 */
public final class RecentFaceResults {

    private static final System.Logger LOG = System.getLogger(RecentFaceResults.class.getName());

    private final int capacity;
    private final Deque<FaceResult> results = new ArrayDeque<>();

    public RecentFaceResults(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void add(FaceResult result) {
        results.addFirst(result);
        while (results.size() > capacity) {
            results.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<FaceResult> list() {
        return List.copyOf(results);
    }

    public synchronized Optional<FaceResult> find(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Adds the newest face files of {@code faceDir} (up to the capacity), oldest first so the list ends newest first.
     * Unreadable files are skipped with a warning.
     */
    public void loadFrom(Path faceDir, XmlMsgReader reader, FaceResultReader resultReader) {
        if (!Files.isDirectory(faceDir)) {
            return;
        }
        List<FaceFileName> names;
        try (Stream<Path> files = Files.list(faceDir)) {
            names = files.map(p -> FaceFileName.parse(p.getFileName().toString()))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(FaceFileName::time).reversed())
                    .limit(capacity)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + faceDir, e);
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            FaceFileName name = names.get(i);
            try {
                add(resultReader.read(name, null, reader.read(faceDir.resolve(name.fileName())).root()));
            } catch (WireFormatException | UncheckedIOException e) {
                LOG.log(System.Logger.Level.WARNING, "skipping unreadable face file {0}: {1}", name, e.getMessage());
            }
        }
    }
}
