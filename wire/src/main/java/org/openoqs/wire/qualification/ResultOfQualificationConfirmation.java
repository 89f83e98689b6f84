package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** 資格確認結果 of one person (reference §2.2), in the element order of real result files. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultOfQualificationConfirmation(String insuredCardClassification, String insurerNumber,
                                                String insuredCardSymbol, String insuredIdentificationNumber,
                                                String insuredBranchNumber, String personalFamilyClassification,
                                                String insuredName, String name, String nameOfOther, String nameKana,
                                                String nameOfOtherKana, String sex1, String sex2, String birthdate,
                                                String address, String postNumber, String qualificationDate,
                                                String disqualificationDate, String insuredCertificateIssuanceDate,
                                                String insuredCardValidDate, String insuredCardExpirationDate,
                                                String insuredPartialContributionRatio,
                                                String preschoolClassification, String reasonOfLoss,
                                                String insurerName,
                                                ElderlyRecipientCertificateInfo elderlyRecipientCertificateInfo,
                                                String limitApplicationCertificateRelatedConsFlg,
                                                String limitApplicationCertificateRelatedConsTime,
                                                LimitApplicationCertificateRelatedInfo limitApplicationCertificateRelatedInfo) {
}
