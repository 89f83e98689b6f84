package org.openoqs.portal.application;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** A stored オンライン資格確認利用申請 and, once approved, its マスタアカウント id. */
public record UsageApplication(long id, String medicalInstitutionCode, LineType lineType, LineCarrier lineCarrier,
                               String customerId, YearMonth plannedStartMonth, YearMonth plannedTestMonth,
                               boolean onlineClaims, ApplicationStatus status, String operatorComment,
                               LocalDateTime submittedAt, LocalDateTime decidedAt, String decidedBy,
                               String masterAccountId) {
}
