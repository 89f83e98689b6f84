package org.openoqs.jpki;

import java.nio.file.Path;

/** A virtual card file that cannot be read: unreadable, not JSON, a field missing or invalid. Names the file. */
public final class CardFileException extends RuntimeException {
    private final Path file;

    public CardFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
