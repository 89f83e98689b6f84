package org.openoqs.portal.golive;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the institution entered: 運用開始日 (and when), and the planner's inputs (target start, planned set-up). */
public record GoLiveRecord(String medicalInstitutionCode, LocalDate operationStartDate, LocalDateTime enteredAt,
                           LocalDate targetStartDate, LocalDate plannedDeviceSetup) {
}
