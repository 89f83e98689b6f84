package org.openoqs.central.medical;

import java.util.List;

/**
 * A YZK/TKK request as read by {@link MedicalRequestReader}: who, which days, and the notes to add to a granted
 * answer's MessageContents (PDF asked for, 診療情報 asked for).
 */
record MedicalQuery(PersonReference.ByCard who, RequestedPeriod period, List<String> notes) {
    MedicalQuery {
        notes = List.copyOf(notes);
    }
}
