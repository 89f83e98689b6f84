package org.openoqs.core.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a patient can agree to share at the card reader (reference oqs-interface §1.8). Each category names the result
 * elements it fills ({@code <elementPrefix>ConsFlg}, {@code …ConsTime} and, for 閲覧同意, {@code …AvailableTime}) and,
 * where one exists, its OQSCD036 閲覧同意情報種別 code, which is also the request-file prefix of the medical
 * information it opens ({@code YZK}, {@code TKK}).
 *
 * <p>提供同意 (限度額, 特定疾病) decides whether certificate blocks are included in the qualification answer itself;
 * 閲覧同意 opens medical information for a period ({@link ConsentPolicy}).
 */
public enum ConsentCategory {
    PHARMACISTS_INFO("PharmacistsInfo", "YZK", "薬剤情報", true),
    SPECIFIC_HEALTH_CHECKUPS_INFO("SpecificHealthCheckupsInfo", "TKK", "特定健診情報", true),
    DIAGNOSIS_INFO("DiagnosisInfo", "SRJ", "診療情報", true),
    OPERATION_INFO("OperationInfo", "SHJ", "手術情報", true),
    LIMIT_APPLICATION_CERTIFICATE("LimitApplicationCertificateRelated", null, "限度額適用認定証", false),
    SPECIFIC_DISEASES_CERTIFICATE("SpecificDiseasesCertificateRelated", "TSR", "特定疾病療養受療証", false);

    private final String elementPrefix;
    private final String infoTypeCode;
    private final String label;
    private final boolean viewing;

    ConsentCategory(String elementPrefix, String infoTypeCode, String label, boolean viewing) {
        this.elementPrefix = elementPrefix;
        this.infoTypeCode = infoTypeCode;
        this.label = label;
        this.viewing = viewing;
    }

    /** e.g. {@code PharmacistsInfo}, so the flag element is {@code PharmacistsInfoConsFlg}. */
    public String elementPrefix() { return elementPrefix; }

    public String consFlgElement() { return elementPrefix + "ConsFlg"; }

    /** OQSCD036 code ({@code YZK}, {@code TKK}, {@code SRJ}, {@code SHJ}, {@code TSR}); null for 限度額. */
    public String infoTypeCode() { return infoTypeCode; }

    /** Japanese name as shown on the consent screens, e.g. 薬剤情報. */
    public String label() { return label; }

    /** 閲覧同意 (true: has an AvailableTime) or 提供同意 (false). */
    public boolean viewing() { return viewing; }

    /** The category whose flag element is {@code element} ({@code PharmacistsInfoConsFlg}), if any. */
    public static Optional<ConsentCategory> byConsFlgElement(String element) {
        return Arrays.stream(values()).filter(c -> c.consFlgElement().equals(element)).findFirst();
    }

    /** The category of a medical-information request prefix ({@code YZK}, {@code TKK}). */
    public static Optional<ConsentCategory> byInfoTypeCode(String code) {
        return Arrays.stream(values()).filter(c -> c.infoTypeCode != null && c.infoTypeCode.equals(code)).findFirst();
    }
}
