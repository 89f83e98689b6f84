package org.openoqs.central.medical;

import java.time.LocalDate;
import org.openoqs.core.code.Sex;

/** The person whose information is answered, from their latest qualification record (QuaInf / QualificationsInfo). */
public record MedicalPerson(String personKey, String name, String nameKana, LocalDate birthdate, Sex sex) {
}
