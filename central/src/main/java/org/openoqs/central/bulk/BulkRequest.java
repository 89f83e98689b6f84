package org.openoqs.central.bulk;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stored bulk request: who sent it, what kind, and whether its results are ready. */
public record BulkRequest(String receptionNumber, String medicalInstitutionCode, BulkKind kind, String arbitraryFileIdentifier,
                          LocalDate qualificationConfirmationDate, LocalDateTime receivedAt, boolean done, int unitCount) {
}
