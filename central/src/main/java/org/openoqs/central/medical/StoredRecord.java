package org.openoqs.central.medical;

/** A stored medical record and the last intake that carried it (so one intake can tell its own earlier lines). */
public record StoredRecord<R>(R record, long intakeId) {
}
