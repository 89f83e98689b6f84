package org.openoqs.portal.faq;

/** A FAQ file that cannot be used, naming the file, the line and the field so that its writer can fix it. */
public class FaqFormatException extends RuntimeException {

    public FaqFormatException(String file, long line, String field, String problem) {
        super(file + " line " + line + ", field " + field + ": " + problem);
    }

    public FaqFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
