package org.openoqs.central.medical;

import java.util.ArrayList;
import java.util.List;

/**
 * What a YZK/TKK result header takes from the request and the transport rather than from the answer: the caller's
 * 医療機関コード (null when it is not a valid one), the echoed ArbitraryFileIdentifier, CharacterCodeIdentifier, and
 * the notes for a granted answer's MessageContents.
 */
record ResultHeaderFields(String institutionCode, String arbitraryFileIdentifier, String characterCodeIdentifier,
                          List<String> notes) {
    ResultHeaderFields {
        notes = List.copyOf(notes);
    }

    /** The answer's own message, then (when granted) the notes; null when there is nothing to say. */
    String messageContents(MedicalAnswer<?> answer) {
        List<String> parts = new ArrayList<>();
        if (answer.messageContents() != null) parts.add(answer.messageContents());
        if (answer.granted()) parts.addAll(notes);
        return parts.isEmpty() ? null : String.join("", parts);
    }
}
