package org.openoqs.app.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the load generator sends and what counts as a correct answer. Keyed confirmation requests are built from a
 * {@link CardKey} per request; card confirmations are prepared (challenge fetched, card signature made) before the
 * measured loop by {@link CardConfirmationLoad}. A correct answer has the target's HTTP status and a body with all of
 * its markers — for confirmations, that the message was processed (SegmentOfResult 1) and the query too
 * (ProcessingResultStatus 1); anything else is an error.
 */
public enum LoadTarget {
    /** Central's bare endpoint: the same server doing no work. */
    PING("ping", "GET", "/ping", null, Body.NONE, 200, List.of("pong")),
    /** The raw Netty server the bench starts beside central: the machine's ceiling for HTTP on loopback. */
    NETTY("netty", "GET", "/", null, Body.NONE, 200, List.of(HelloServer.BODY)),
    CONFIRM_JSON("confirm-json", "POST", "/api/v1/qualification-confirmations", "application/json", Body.KEYED, 200,
            List.of("\"SegmentOfResult\":\"1\"", "\"ProcessingResultStatus\":\"1\"")),
    CONFIRM_XML("confirm-xml", "POST", "/oqs/v1/messages/OQSsiquc01req", "application/xml", Body.KEYED, 200,
            List.of("<SegmentOfResult>1</SegmentOfResult>", "<ProcessingResultStatus>1</ProcessingResultStatus>")),
    /** The card reader's first call: a one-time challenge for the institution (201 Created). */
    CARD_CHALLENGE("card-challenge", "POST", "/api/v1/card-confirmations/challenges", "application/json", Body.FIXED, 201,
            List.of("\"ChallengeId\":\"", "\"Challenge\":\"")),
    /** The card reader's second call (照会区分 1): the signed challenge and consents, answered with an OQSsiquc01res. */
    CARD_CONFIRM("card-confirm", "POST", "/api/v1/card-confirmations", "application/json", Body.PREPARED, 200,
            List.of("<ReferenceClassification>1</ReferenceClassification>", "<SegmentOfResult>1</SegmentOfResult>",
                    "<ProcessingResultStatus>1</ProcessingResultStatus>", "<QualificationValidity>1</QualificationValidity>"));

    /** Where a target's request bodies come from. */
    public enum Body {
        /** A GET. */
        NONE,
        /** Built from a {@link CardKey} drawn at random per request. */
        KEYED,
        /** The same body every time ({@link #fixedBody()}). */
        FIXED,
        /** Made ahead, one per request and usable once ({@link PreparedRequests}). */
        PREPARED
    }

    /** The date every query asks about: the generated population's reference date, so sampled records are valid. */
    public static final String CONFIRMATION_DATE = "20260401";
    /** A valid 医療機関コード (check digit included). */
    public static final String INSTITUTION_CODE = "1312345679";

    private final String label;
    private final String method;
    private final String path;
    private final String contentType;
    private final Body bodyKind;
    private final int expectedStatus;
    private final List<byte[]> expected;

    LoadTarget(String label, String method, String path, String contentType, Body bodyKind, int expectedStatus,
               List<String> expected) {
        this.label = label;
        this.method = method;
        this.path = path;
        this.contentType = contentType;
        this.bodyKind = bodyKind;
        this.expectedStatus = expectedStatus;
        this.expected = expected.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public String label() { return label; }

    public String method() { return method; }

    public String path() { return path; }

    /** Null for a GET. */
    public String contentType() { return contentType; }

    public Body bodyKind() { return bodyKind; }

    public boolean needsKeys() { return bodyKind == Body.KEYED; }

    /** The HTTP status of a correct answer. */
    public int expectedStatus() { return expectedStatus; }

    /** Byte strings every correct body contains. */
    public List<byte[]> expected() { return expected; }

    public static LoadTarget byLabel(String label) {
        for (LoadTarget t : values()) if (t.label.equals(label)) return t;
        throw new IllegalArgumentException("unknown target " + label);
    }

    /** The request body for {@code key} of a {@link Body#KEYED} target; empty for a GET. */
    public byte[] body(CardKey key) {
        return switch (this) {
            case PING, NETTY -> new byte[0];
            case CONFIRM_JSON -> json(key).getBytes(StandardCharsets.UTF_8);
            case CONFIRM_XML -> xml(key).getBytes(StandardCharsets.UTF_8);
            case CARD_CHALLENGE -> fixedBody();
            case CARD_CONFIRM -> throw new IllegalStateException(label + " requests are prepared, not built from a key");
        };
    }

    /** The body of a {@link Body#FIXED} target: the challenge request of the bench's institution. */
    public byte[] fixedBody() {
        if (bodyKind != Body.FIXED) throw new IllegalStateException(label + " has no fixed body");
        return ("{\"MedicalInstitutionCode\":\"" + INSTITUTION_CODE + "\"}").getBytes(StandardCharsets.UTF_8);
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
