package org.openoqs.central.medical;

import org.openoqs.core.medical.DrugDispensing;

/** Storage of 薬剤情報 lines (SPI). */
public interface DrugDispensingStore extends MedicalRecordStore<DrugDispensing, DrugDispensing.Key> {
}
