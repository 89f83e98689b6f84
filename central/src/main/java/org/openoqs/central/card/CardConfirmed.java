package org.openoqs.central.card;

import java.time.LocalDateTime;
import org.openoqs.core.code.VerificationMethod;

/**
 * Published after every card-reader confirmation, answered or refused, for the audit trail. {@code personKey} and
 * {@code method} are null when the card was refused before the person was known.
 */
public record CardConfirmed(LocalDateTime at, String institutionCode, String personKey, VerificationMethod method,
                            String staffId, String qualificationValidity) {
}
