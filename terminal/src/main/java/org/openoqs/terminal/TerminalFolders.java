package org.openoqs.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of one terminal directory.
 *
 * <ul>
 *   <li>{@code req}: the EHR drops request files here [C] S5, S1-agent.</li>
 *   <li>{@code res}: results, {@code .err} files and copies of rejected requests appear here [C] S1-agent, S5.</li>
 *   <li>{@code face}: card-reader results ({@code OQSsiquc01res_face_*.xml}) [C] S5, S6, S10; created for the EHR,
 *       not yet written by this agent.</li>
 *   <li>{@code work} (private to the agent): a request is claimed by moving it here atomically, so it is processed
 *       once; whatever is here at start-up was interrupted and is recovered.</li>
 *   <li>{@code done} (private to the agent): requests that have been answered or rejected, kept for audit; nobody
 *       reads them back, an operator may clear them.</li>
 * </ul>
 *
 * {@code work} and {@code done} must be on the same file system as {@code req} and {@code res} because claiming and
 * publishing use atomic renames; keeping them all under one terminal directory guarantees that.
 */
public record TerminalFolders(Path root, Path req, Path res, Path face, Path work, Path done) {

    /** The folder layout under {@code root}, without touching the disk. */
    public static TerminalFolders of(Path root) {
        return new TerminalFolders(root, root.resolve("req"), root.resolve("res"), root.resolve("face"),
                root.resolve("work"), root.resolve("done"));
    }

    /** The layout under {@code root}, creating any missing folder. */
    public static TerminalFolders create(Path root) throws IOException {
        TerminalFolders folders = of(root);
        for (Path dir : new Path[] {folders.req, folders.res, folders.face, folders.work, folders.done}) {
            Files.createDirectories(dir);
        }
        return folders;
    }
}
