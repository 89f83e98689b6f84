package org.openoqs.core.qualification;

import java.time.LocalDate;
import org.openoqs.core.code.LimitApplicationCertificateClassification;
import org.openoqs.core.code.LimitApplicationCertificateClassificationFlag;

/**
 * 限度額適用認定証関連情報. Released in a confirmation result only when the patient consented
 * ({@code LimitApplicationCertificateRelatedConsFlg} = 1).
 */
public record LimitApplicationCertificate(LimitApplicationCertificateClassification classification,
                                          LimitApplicationCertificateClassificationFlag classificationFlag,
                                          LocalDate certificateDate, LocalDate validStartDate,
                                          LocalDate validEndDate, LocalDate longTermDate) {
}
