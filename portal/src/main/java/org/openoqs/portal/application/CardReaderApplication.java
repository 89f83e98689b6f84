package org.openoqs.portal.application;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** A stored 顔認証付きカードリーダー申し込み: product, units, how many are free, and the delivery estimate. */
public record CardReaderApplication(long id, String medicalInstitutionCode, String productCode, int units, int freeUnits,
                                    int paidUnits, YearMonth estimatedDelivery, ApplicationStatus status,
                                    String operatorComment, LocalDateTime submittedAt, LocalDateTime decidedAt,
                                    String decidedBy) {
}
