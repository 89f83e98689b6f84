package org.openoqs.app.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the load generator sends and what counts as a correct answer. Confirmation requests are built from a
 * {@link CardKey} per request; a correct answer is HTTP 200 whose body says the message was processed
 * (SegmentOfResult 1) and the query too (ProcessingResultStatus 1) — any other body is an error.
 */
public enum LoadTarget {
    /** Central's bare endpoint: the same server doing no work. */
    PING("ping", "GET", "/ping", null, List.of("pong")),
    /** The raw Netty server the bench starts beside central: the machine's ceiling for HTTP on loopback. */
    NETTY("netty", "GET", "/", null, List.of(HelloServer.BODY)),
    CONFIRM_JSON("confirm-json", "POST", "/api/v1/qualification-confirmations", "application/json",
            List.of("\"SegmentOfResult\":\"1\"", "\"ProcessingResultStatus\":\"1\"")),
    CONFIRM_XML("confirm-xml", "POST", "/oqs/v1/messages/OQSsiquc01req", "application/xml",
            List.of("<SegmentOfResult>1</SegmentOfResult>", "<ProcessingResultStatus>1</ProcessingResultStatus>"));

    /** The date every query asks about: the generated population's reference date, so sampled records are valid. */
    public static final String CONFIRMATION_DATE = "20260401";
    /** A valid 医療機関コード (check digit included). */
    public static final String INSTITUTION_CODE = "1312345679";

    private final String label;
    private final String method;
    private final String path;
    private final String contentType;
    private final List<byte[]> expected;

    LoadTarget(String label, String method, String path, String contentType, List<String> expected) {
        this.label = label;
        this.method = method;
        this.path = path;
        this.contentType = contentType;
        this.expected = expected.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public String label() { return label; }

    public String method() { return method; }

    public String path() { return path; }

    /** Null for a GET. */
    public String contentType() { return contentType; }

    public boolean needsKeys() { return contentType != null; }

    /** Byte strings every correct body contains. */
    public List<byte[]> expected() { return expected; }

    public static LoadTarget byLabel(String label) {
        for (LoadTarget t : values()) if (t.label.equals(label)) return t;
        throw new IllegalArgumentException("unknown target " + label);
    }

    /** The request body for {@code key}; empty for a GET. */
    public byte[] body(CardKey key) {
        return switch (this) {
            case PING, NETTY -> new byte[0];
            case CONFIRM_JSON -> json(key).getBytes(StandardCharsets.UTF_8);
            case CONFIRM_XML -> xml(key).getBytes(StandardCharsets.UTF_8);
        };
    }

    static String json(CardKey k) {
        StringBuilder info = new StringBuilder(256);
        info.append("\"InsurerNumber\":\"").append(k.insurerNumber()).append('"');
        if (!k.symbol().isEmpty()) info.append(",\"InsuredCardSymbol\":\"").append(k.symbol()).append('"');
        info.append(",\"InsuredIdentificationNumber\":\"").append(k.number()).append('"');
        if (!k.branch().isEmpty()) info.append(",\"InsuredBranchNumber\":\"").append(k.branch()).append('"');
        info.append(",\"Birthdate\":\"").append(k.birthdate()).append('"');
        return "{\"XmlMsg\":{\"MessageHeader\":{\"QualificationConfirmationDate\":\"" + CONFIRMATION_DATE
                + "\",\"MedicalInstitutionCode\":\"" + INSTITUTION_CODE + "\",\"ArbitraryFileIdentifier\":\"bench\"},"
                + "\"MessageBody\":{\"QualificationConfirmSearchInfo\":{" + info + "}}}}";
    }

    /** The key's fields as the children of a QualificationConfirmSearchInfo element. */
    static String searchFields(CardKey k) {
        StringBuilder info = new StringBuilder(256);
        info.append("<InsurerNumber>").append(k.insurerNumber()).append("</InsurerNumber>");
        if (!k.symbol().isEmpty()) info.append("<InsuredCardSymbol>").append(k.symbol()).append("</InsuredCardSymbol>");
        info.append("<InsuredIdentificationNumber>").append(k.number()).append("</InsuredIdentificationNumber>");
        if (!k.branch().isEmpty()) info.append("<InsuredBranchNumber>").append(k.branch()).append("</InsuredBranchNumber>");
        info.append("<Birthdate>").append(k.birthdate()).append("</Birthdate>");
        return info.toString();
    }

    static String xml(CardKey k) {
        String info = searchFields(k);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<XmlMsg><MessageHeader>"
                + "<MedicalInstitutionCode>" + INSTITUTION_CODE + "</MedicalInstitutionCode>"
                + "<ArbitraryFileIdentifier>bench</ArbitraryFileIdentifier>"
                + "<QualificationConfirmationDate>" + CONFIRMATION_DATE + "</QualificationConfirmationDate></MessageHeader>"
                + "<MessageBody><QualificationConfirmSearchInfo>" + info + "</QualificationConfirmSearchInfo></MessageBody></XmlMsg>\n";
    }
}
