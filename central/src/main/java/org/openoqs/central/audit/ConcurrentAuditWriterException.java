package org.openoqs.central.audit;

/** Another writer (another central node) moved the chain's head since it was read; reload the head and retry. */
class ConcurrentAuditWriterException extends RuntimeException {
    ConcurrentAuditWriterException(String message, Throwable cause) {
        super(message, cause);
    }
}
