package org.openoqs.central.support;

import java.nio.charset.StandardCharsets;

/** Builds OQS request files (UTF-8 XmlMsg) for tests. */
public final class OqsFiles {
    private OqsFiles() {}

    public static byte[] xml(String header, String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<XmlMsg><MessageHeader>" + header
                + "</MessageHeader><MessageBody>" + body + "</MessageBody></XmlMsg>\n").getBytes(StandardCharsets.UTF_8);
    }

    public static String search(String id, String insurer, String symbol, String number, String branch, String birthdate) {
        return "<QualificationConfirmSearchInfo><InsurerNumber>" + insurer + "</InsurerNumber>"
                + (symbol == null ? "" : "<InsuredCardSymbol>" + symbol + "</InsuredCardSymbol>")
                + "<InsuredIdentificationNumber>" + number + "</InsuredIdentificationNumber>"
                + (branch == null ? "" : "<InsuredBranchNumber>" + branch + "</InsuredBranchNumber>")
                + "<Birthdate>" + birthdate + "</Birthdate><LimitApplicationCertificateRelatedConsFlg>0</LimitApplicationCertificateRelatedConsFlg>"
                + "<ArbitraryIdentifier>" + id + "</ArbitraryIdentifier></QualificationConfirmSearchInfo>";
    }

    public static String registration(String referenceNumber, String insurer, String symbol, String number, String branch) {
        return "<ReferenceNumberRegistrationInfo><ReferenceNumber>" + referenceNumber + "</ReferenceNumber><InsurerNumber>"
                + insurer + "</InsurerNumber><InsuredCardSymbol>" + symbol + "</InsuredCardSymbol><InsuredIdentificationNumber>"
                + number + "</InsuredIdentificationNumber>" + (branch == null ? "" : "<InsuredBranchNumber>" + branch + "</InsuredBranchNumber>")
                + "</ReferenceNumberRegistrationInfo>";
    }

    public static String institution(String code) {
        return "<MedicalInstitutionCode>" + code + "</MedicalInstitutionCode>";
    }
}
