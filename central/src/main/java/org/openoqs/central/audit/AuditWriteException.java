package org.openoqs.central.audit;

/** An append that was not confirmed durable. The caller's own action should fail with it. */
public class AuditWriteException extends RuntimeException {
    public AuditWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
