package org.openoqs.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One 一括照会 end to end, as a receipt computer's terminal sends it: {@code OQSmuquc01req} with {@code records}
 * QualificationConfirmSearchInfo (keys drawn from the sample, each numbered in its ArbitraryIdentifier), then
 * {@code OQSmuquc02req} with the ReceptionNumber every {@link #POLL_INTERVAL} until the result is no longer 処理中.
 * Correct means: SegmentOfResult 1, NumberOfNormalProcessing = records, and exactly {@code records} BulkConfirmUnit
 * answering the records in order (ArbitraryIdentifier 0, 1, …), each with ProcessingResultStatus 1.
 */
final class BulkConfirmationExchange implements BlockingClosedLoop.Exchange {
    /** Between downloads while central is still processing: small against seconds of work, cheap for central. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern RECEPTION_NUMBER = Pattern.compile("<ReceptionNumber>([^<]+)</ReceptionNumber>");
    private static final Pattern SEGMENT = Pattern.compile("<SegmentOfResult>([^<]*)</SegmentOfResult>");
    private static final Pattern UNIT = Pattern.compile("<BulkConfirmUnit>.*?<ArbitraryIdentifier>(\\d+)</ArbitraryIdentifier>"
            + ".*?<ProcessingResultStatus>([^<]*)</ProcessingResultStatus>", Pattern.DOTALL);

    private final URI base;
    private final List<CardKey> keys;
    private final int records;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    BulkConfirmationExchange(URI base, List<CardKey> keys, int records) {
        if (keys.isEmpty()) throw new IllegalArgumentException("a 一括照会 needs card keys");
        if (records < 1) throw new IllegalArgumentException("a 一括照会 has at least one record: " + records);
        this.base = base;
        this.keys = keys;
        this.records = records;
    }

    @Override
    public BlockingClosedLoop.Outcome run(SplittableRandom random) throws IOException, InterruptedException {
        byte[] request = request(keys, records, random).getBytes(StandardCharsets.UTF_8);
        long submitted = System.nanoTime();
        String reception = post("OQSmuquc01req", request);
        Matcher number = RECEPTION_NUMBER.matcher(reception);
        if (!number.find()) return BlockingClosedLoop.Outcome.failed("OQSmuquc01res without a ReceptionNumber: " + excerpt(reception));
        byte[] download = download(number.group(1)).getBytes(StandardCharsets.UTF_8);
        while (true) {
            String result = post("OQSmuquc02req", download);
            long retrieved = System.nanoTime();
            Matcher segment = SEGMENT.matcher(result);
            if (!segment.find()) return BlockingClosedLoop.Outcome.failed("OQSmuquc02res without a SegmentOfResult: " + excerpt(result));
            if (!"2".equals(segment.group(1))) return BlockingClosedLoop.Outcome.between(submitted, retrieved, problem(result, records));
            if (retrieved - submitted > TIMEOUT.toNanos()) {
                return BlockingClosedLoop.Outcome.failed("still 処理中 after " + TIMEOUT.toMinutes() + " minutes");
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** The body as text; anything but HTTP 200 is thrown, so the loop counts it as an error. */
    private String post(String messageId, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/oqs/v1/messages/" + messageId))
                .timeout(TIMEOUT).header("Content-Type", "application/xml")
                .header("X-OQS-Request-Id", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(messageId + ": HTTP " + response.statusCode() + ": " + excerpt(response.body()));
        }
        return response.body();
    }

    static String request(List<CardKey> keys, int records, SplittableRandom random) {
        StringBuilder xml = new StringBuilder(records * 300 + 512);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<XmlMsg><MessageHeader>")
                .append("<MedicalInstitutionCode>").append(LoadTarget.INSTITUTION_CODE).append("</MedicalInstitutionCode>")
                .append("<ArbitraryFileIdentifier>bench-bulk</ArbitraryFileIdentifier>")
                .append("<QualificationConfirmationDate>").append(LoadTarget.CONFIRMATION_DATE)
                .append("</QualificationConfirmationDate></MessageHeader><MessageBody>");
        for (int i = 0; i < records; i++) {
            CardKey k = keys.get(random.nextInt(keys.size()));
            xml.append("<QualificationConfirmSearchInfo>").append(LoadTarget.searchFields(k))
                    .append("<ArbitraryIdentifier>").append(i).append("</ArbitraryIdentifier></QualificationConfirmSearchInfo>");
        }
        return xml.append("</MessageBody></XmlMsg>\n").toString();
    }

    static String download(String receptionNumber) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<XmlMsg><MessageHeader>"
                + "<MedicalInstitutionCode>" + LoadTarget.INSTITUTION_CODE + "</MedicalInstitutionCode>"
                + "<ArbitraryFileIdentifier>bench-bulk</ArbitraryFileIdentifier></MessageHeader><MessageBody>"
                + "<ReceptionNumber>" + receptionNumber + "</ReceptionNumber></MessageBody></XmlMsg>\n";
    }

    /** Null when {@code result} answers all {@code records} in order, each processed; else what is wrong. */
    static String problem(String result, int records) {
        Matcher segment = SEGMENT.matcher(result);
        if (!segment.find() || !"1".equals(segment.group(1))) return "the 一括照会 did not end normally: " + excerpt(result);
        if (!result.contains("<NumberOfNormalProcessing>" + records + "</NumberOfNormalProcessing>")) {
            return "NumberOfNormalProcessing is not " + records + ": " + excerpt(result);
        }
        Matcher unit = UNIT.matcher(result);
        int expected = 0;
        while (unit.find()) {
            if (!unit.group(1).equals(Integer.toString(expected))) {
                return "record " + expected + " answered as ArbitraryIdentifier " + unit.group(1);
            }
            if (!"1".equals(unit.group(2))) return "record " + expected + " has ProcessingResultStatus " + unit.group(2);
            expected++;
        }
        return expected == records ? null : expected + " of " + records + " records answered";
    }

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
