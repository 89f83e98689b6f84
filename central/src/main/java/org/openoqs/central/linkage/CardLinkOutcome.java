package org.openoqs.central.linkage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What became of one link request: LINKED, UNCHANGED (already linked to that person), HELD (the card's 基本4情報 do not
 * match the insurer's record, or the card is linked to someone else: {@code mismatches} names the elements) or
 * REFUSED (the certificate is revoked, expired or not from J-LIS, or the person has no record at that insurer).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record CardLinkOutcome(long line, Long requestId, String insurerNumber, String personKey, String status,
                              List<String> mismatches, String message) {
    public static final String LINKED = "LINKED", UNCHANGED = "UNCHANGED", HELD = "HELD", REFUSED = "REFUSED",
            REJECTED = "REJECTED";
}
