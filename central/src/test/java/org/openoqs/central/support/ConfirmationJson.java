package org.openoqs.central.support;

/** Builds OQSsiquc01req messages in their JSON form for tests. */
public final class ConfirmationJson {
    private ConfirmationJson() {}

    public static String request(String date, String insurer, String symbol, String number, String branch,
                                 String birthdate, String limitConsent) {
        StringBuilder info = new StringBuilder();
        field(info, "InsurerNumber", insurer);
        field(info, "InsuredCardSymbol", symbol);
        field(info, "InsuredIdentificationNumber", number);
        field(info, "InsuredBranchNumber", branch);
        field(info, "Birthdate", birthdate);
        field(info, "LimitApplicationCertificateRelatedConsFlg", limitConsent);
        field(info, "ArbitraryIdentifier", "rec-1");
        return "{\"XmlMsg\":{\"MessageHeader\":{\"QualificationConfirmationDate\":\"" + date
                + "\",\"MedicalInstitutionCode\":\"1312345679\",\"ArbitraryFileIdentifier\":\"file-1\"},"
                + "\"MessageBody\":{\"QualificationConfirmSearchInfo\":{" + info + "}}}}";
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value == null) return;
        if (!out.isEmpty()) out.append(',');
        out.append('"').append(name).append("\":\"").append(value).append('"');
    }
}
