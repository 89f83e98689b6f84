package org.openoqs.portal.subsidy;

import java.time.LocalDateTime;

/** An uploaded document's description; the bytes stay in the store and are checked against {@code sha256} on reading. */
public record SubsidyDocument(long id, long applicationId, SubsidyDocumentKind kind, String fileName, String contentType,
                              long sizeBytes, String sha256, LocalDateTime uploadedAt) {
}
