package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.openoqs.core.consent.ConsentCategory;

/**
 * 資格確認結果 of one person (reference §2.2), in the element order of real result files. The consent elements after
 * the 限度額 block are filled by card-reader (照会区分 1) answers; {@code ReferenceNumber} is the 照会番号 this
 * institution registered for the person.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultOfQualificationConfirmation(
        String insuredCardClassification,
        String insurerNumber,
        String insuredCardSymbol,
        String insuredIdentificationNumber,
        String insuredBranchNumber,
        String personalFamilyClassification,
        String insuredName,
        String name,
        String nameOfOther,
        String nameKana,
        String nameOfOtherKana,
        String sex1,
        String sex2,
        String birthdate,
        String address,
        String postNumber,
        String qualificationDate,
        String disqualificationDate,
        String insuredCertificateIssuanceDate,
        String insuredCardValidDate,
        String insuredCardExpirationDate,
        String insuredPartialContributionRatio,
        String preschoolClassification,
        String reasonOfLoss,
        String insurerName,
        ElderlyRecipientCertificateInfo elderlyRecipientCertificateInfo,
        String limitApplicationCertificateRelatedConsFlg,
        String limitApplicationCertificateRelatedConsTime,
        LimitApplicationCertificateRelatedInfo limitApplicationCertificateRelatedInfo,
        String specificDiseasesCertificateRelatedConsFlg,
        String specificDiseasesCertificateRelatedConsTime,
        String specificHealthCheckupsInfoConsFlg,
        String specificHealthCheckupsInfoConsTime,
        String specificHealthCheckupsInfoAvailableTime,
        String pharmacistsInfoConsFlg,
        String pharmacistsInfoConsTime,
        String pharmacistsInfoAvailableTime,
        String diagnosisInfoConsFlg,
        String diagnosisInfoConsTime,
        String diagnosisInfoAvailableTime,
        String operationInfoConsFlg,
        String operationInfoConsTime,
        String operationInfoAvailableTime,
        String referenceNumber) {

    /** A copy with the {@code …ConsFlg}, {@code …ConsTime} and (閲覧同意 only) {@code …AvailableTime} of one category. */
    public ResultOfQualificationConfirmation withConsent(ConsentCategory category, String flag, String consTime,
                                                         String availableTime) {
        Builder b = toBuilder();
        switch (category) {
            case PHARMACISTS_INFO -> { b.pharmacistsInfoConsFlg = flag; b.pharmacistsInfoConsTime = consTime; b.pharmacistsInfoAvailableTime = availableTime; }
            case SPECIFIC_HEALTH_CHECKUPS_INFO -> { b.specificHealthCheckupsInfoConsFlg = flag; b.specificHealthCheckupsInfoConsTime = consTime; b.specificHealthCheckupsInfoAvailableTime = availableTime; }
            case DIAGNOSIS_INFO -> { b.diagnosisInfoConsFlg = flag; b.diagnosisInfoConsTime = consTime; b.diagnosisInfoAvailableTime = availableTime; }
            case OPERATION_INFO -> { b.operationInfoConsFlg = flag; b.operationInfoConsTime = consTime; b.operationInfoAvailableTime = availableTime; }
            case LIMIT_APPLICATION_CERTIFICATE -> { b.limitApplicationCertificateRelatedConsFlg = flag; b.limitApplicationCertificateRelatedConsTime = consTime; }
            case SPECIFIC_DISEASES_CERTIFICATE -> { b.specificDiseasesCertificateRelatedConsFlg = flag; b.specificDiseasesCertificateRelatedConsTime = consTime; }
        }
        return b.build();
    }

    /** A copy without the 限度額適用認定証関連情報 block (when the patient did not consent to provide it). */
    public ResultOfQualificationConfirmation withoutLimitApplicationCertificateRelatedInfo() {
        Builder b = toBuilder();
        b.limitApplicationCertificateRelatedInfo = null;
        return b.build();
    }

    /** A copy carrying the institution's 照会番号. */
    public ResultOfQualificationConfirmation withReferenceNumber(String value) {
        Builder b = toBuilder();
        b.referenceNumber = value;
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.insuredCardClassification = insuredCardClassification;
        b.insurerNumber = insurerNumber;
        b.insuredCardSymbol = insuredCardSymbol;
        b.insuredIdentificationNumber = insuredIdentificationNumber;
        b.insuredBranchNumber = insuredBranchNumber;
        b.personalFamilyClassification = personalFamilyClassification;
        b.insuredName = insuredName;
        b.name = name;
        b.nameOfOther = nameOfOther;
        b.nameKana = nameKana;
        b.nameOfOtherKana = nameOfOtherKana;
        b.sex1 = sex1;
        b.sex2 = sex2;
        b.birthdate = birthdate;
        b.address = address;
        b.postNumber = postNumber;
        b.qualificationDate = qualificationDate;
        b.disqualificationDate = disqualificationDate;
        b.insuredCertificateIssuanceDate = insuredCertificateIssuanceDate;
        b.insuredCardValidDate = insuredCardValidDate;
        b.insuredCardExpirationDate = insuredCardExpirationDate;
        b.insuredPartialContributionRatio = insuredPartialContributionRatio;
        b.preschoolClassification = preschoolClassification;
        b.reasonOfLoss = reasonOfLoss;
        b.insurerName = insurerName;
        b.elderlyRecipientCertificateInfo = elderlyRecipientCertificateInfo;
        b.limitApplicationCertificateRelatedConsFlg = limitApplicationCertificateRelatedConsFlg;
        b.limitApplicationCertificateRelatedConsTime = limitApplicationCertificateRelatedConsTime;
        b.limitApplicationCertificateRelatedInfo = limitApplicationCertificateRelatedInfo;
        b.specificDiseasesCertificateRelatedConsFlg = specificDiseasesCertificateRelatedConsFlg;
        b.specificDiseasesCertificateRelatedConsTime = specificDiseasesCertificateRelatedConsTime;
        b.specificHealthCheckupsInfoConsFlg = specificHealthCheckupsInfoConsFlg;
        b.specificHealthCheckupsInfoConsTime = specificHealthCheckupsInfoConsTime;
        b.specificHealthCheckupsInfoAvailableTime = specificHealthCheckupsInfoAvailableTime;
        b.pharmacistsInfoConsFlg = pharmacistsInfoConsFlg;
        b.pharmacistsInfoConsTime = pharmacistsInfoConsTime;
        b.pharmacistsInfoAvailableTime = pharmacistsInfoAvailableTime;
        b.diagnosisInfoConsFlg = diagnosisInfoConsFlg;
        b.diagnosisInfoConsTime = diagnosisInfoConsTime;
        b.diagnosisInfoAvailableTime = diagnosisInfoAvailableTime;
        b.operationInfoConsFlg = operationInfoConsFlg;
        b.operationInfoConsTime = operationInfoConsTime;
        b.operationInfoAvailableTime = operationInfoAvailableTime;
        b.referenceNumber = referenceNumber;
        return b;
    }

    /** Mutable copy of every element, for the {@code with…} methods and for mappers. */
    public static final class Builder {
        public String insuredCardClassification;
        public String insurerNumber;
        public String insuredCardSymbol;
        public String insuredIdentificationNumber;
        public String insuredBranchNumber;
        public String personalFamilyClassification;
        public String insuredName;
        public String name;
        public String nameOfOther;
        public String nameKana;
        public String nameOfOtherKana;
        public String sex1;
        public String sex2;
        public String birthdate;
        public String address;
        public String postNumber;
        public String qualificationDate;
        public String disqualificationDate;
        public String insuredCertificateIssuanceDate;
        public String insuredCardValidDate;
        public String insuredCardExpirationDate;
        public String insuredPartialContributionRatio;
        public String preschoolClassification;
        public String reasonOfLoss;
        public String insurerName;
        public ElderlyRecipientCertificateInfo elderlyRecipientCertificateInfo;
        public String limitApplicationCertificateRelatedConsFlg;
        public String limitApplicationCertificateRelatedConsTime;
        public LimitApplicationCertificateRelatedInfo limitApplicationCertificateRelatedInfo;
        public String specificDiseasesCertificateRelatedConsFlg;
        public String specificDiseasesCertificateRelatedConsTime;
        public String specificHealthCheckupsInfoConsFlg;
        public String specificHealthCheckupsInfoConsTime;
        public String specificHealthCheckupsInfoAvailableTime;
        public String pharmacistsInfoConsFlg;
        public String pharmacistsInfoConsTime;
        public String pharmacistsInfoAvailableTime;
        public String diagnosisInfoConsFlg;
        public String diagnosisInfoConsTime;
        public String diagnosisInfoAvailableTime;
        public String operationInfoConsFlg;
        public String operationInfoConsTime;
        public String operationInfoAvailableTime;
        public String referenceNumber;

        public ResultOfQualificationConfirmation build() {
            return new ResultOfQualificationConfirmation(insuredCardClassification, insurerNumber, insuredCardSymbol, insuredIdentificationNumber, insuredBranchNumber, personalFamilyClassification, insuredName, name, nameOfOther, nameKana, nameOfOtherKana, sex1, sex2, birthdate, address, postNumber, qualificationDate, disqualificationDate, insuredCertificateIssuanceDate, insuredCardValidDate, insuredCardExpirationDate, insuredPartialContributionRatio, preschoolClassification, reasonOfLoss, insurerName, elderlyRecipientCertificateInfo, limitApplicationCertificateRelatedConsFlg, limitApplicationCertificateRelatedConsTime, limitApplicationCertificateRelatedInfo, specificDiseasesCertificateRelatedConsFlg, specificDiseasesCertificateRelatedConsTime, specificHealthCheckupsInfoConsFlg, specificHealthCheckupsInfoConsTime, specificHealthCheckupsInfoAvailableTime, pharmacistsInfoConsFlg, pharmacistsInfoConsTime, pharmacistsInfoAvailableTime, diagnosisInfoConsFlg, diagnosisInfoConsTime, diagnosisInfoAvailableTime, operationInfoConsFlg, operationInfoConsTime, operationInfoAvailableTime, referenceNumber);
        }
    }
}
