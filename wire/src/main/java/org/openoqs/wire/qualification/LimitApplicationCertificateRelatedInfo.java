package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** 限度額適用認定証関連情報: present only when the patient consented. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LimitApplicationCertificateRelatedInfo(String limitApplicationCertificateClassification,
                                                     String limitApplicationCertificateClassificationFlag,
                                                     String limitApplicationCertificateDate,
                                                     String limitApplicationCertificateValidStartDate,
                                                     String limitApplicationCertificateValidEndDate,
                                                     String limitApplicationCertificateLongTermDate) {
}
