package org.openoqs.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A UTF-8 text file written under a temporary name next to its target and renamed only on {@link #commit()}, so a
 * reader (or a crashed run) never sees a half-written file under the final name. Closing without committing deletes
 * the temporary file.
 */
public final class StagedFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    private StagedFile(Path target) throws IOException {
        this.target = target;
        this.temporary = target.resolveSibling(target.getFileName() + ".part");
        this.writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Opens {@code DIR/name.part} for writing; {@link #commit()} renames it to {@code target}. */
    public static StagedFile open(Path target) throws IOException {
        return new StagedFile(target);
    }

    public Writer writer() { return writer; }

    public Path target() { return target; }

    public Path temporary() { return temporary; }

    /** Flushes, closes and moves the temporary file onto the target, replacing any earlier file. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Abandons an uncommitted file: closes it and deletes the temporary copy; the target is left untouched. */
    @Override
    public void close() throws IOException {
        if (committed) return;
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
