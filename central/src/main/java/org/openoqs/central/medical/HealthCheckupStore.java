package org.openoqs.central.medical;

import org.openoqs.core.medical.HealthCheckupItem;

/** Storage of 特定健診 items (SPI). */
public interface HealthCheckupStore extends MedicalRecordStore<HealthCheckupItem, HealthCheckupItem.Key> {
}
