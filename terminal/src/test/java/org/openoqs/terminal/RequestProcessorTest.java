package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlLimits;
import org.openoqs.wire.xml.XmlMsgReader;

class RequestProcessorTest {

    private static final RetryBackoff FAST = new RetryBackoff(Duration.ofMillis(50), Duration.ofMillis(200));

    @TempDir
    Path dir;

    private FakeCentral central;
    private TerminalFolders folders;

    @BeforeEach
    void start() throws IOException {
        central = FakeCentral.start();
        folders = TerminalFolders.create(dir);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private RequestProcessor processor(URI centralUrl) {
        TerminalConfig.Builder builder = TerminalConfig.builder(dir, centralUrl)
                .centralTimeout(Duration.ofSeconds(2)).retryBackoff(FAST)
                .requestLimits(XmlLimits.DEFAULTS.withMaxInputBytes(4096));
        TerminalConfig config = builder.build();
        return new RequestProcessor(folders, config, new HttpCentralClient(centralUrl, null, Duration.ofSeconds(1)));
    }

    private RequestProcessor processor() {
        return processor(central.baseUrl());
    }

    private Path inWork(String name, byte[] bytes) throws IOException {
        return Files.write(folders.work().resolve(name), bytes);
    }

    private String err(String requestName) throws IOException {
        return Files.readString(folders.res().resolve(RequestFileName.errorName(requestName)), StandardCharsets.UTF_8);
    }

    private void assertRejected(String name, byte[] request, String... errFragments) throws IOException {
        assertThat(folders.res().resolve(name)).as("request copy").hasBinaryContent(request);
        assertThat(err(name)).startsWith("要求ファイルを処理できませんでした").contains(errFragments);
        assertThat(folders.done().resolve(name)).exists();
        assertThat(folders.work().resolve(name)).doesNotExist();
        try (var files = Files.list(folders.res())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(name, RequestFileName.errorName(name));
        }
    }

    @Test
    void answersAndMovesTheRequestToDone() throws Exception {
        byte[] request = Requests.siquc01("a");
        Path work = inWork("OQSsiquc01req_0001.xml", request);

        assertThat(processor().process(work)).isEqualTo(RequestProcessor.Outcome.ANSWERED);

        assertThat(folders.res().resolve("OQSsiquc01res_0001.xml"))
                .hasBinaryContent(FakeCentral.result(ResultEncoding.UTF_8));
        assertThat(folders.done().resolve("OQSsiquc01req_0001.xml")).hasBinaryContent(request);
        assertThat(work).doesNotExist();
        assertThat(central.calls).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo(request);
            assertThat(call.requestId()).isEqualTo(RequestProcessor.requestId("OQSsiquc01req_0001.xml", request))
                    .hasSize(64).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void requestIdDependsOnNameAndBytes() {
        byte[] a = {1, 2};
        assertThat(RequestProcessor.requestId("x.xml", a)).isEqualTo(RequestProcessor.requestId("x.xml", a.clone()))
                .isNotEqualTo(RequestProcessor.requestId("y.xml", a))
                .isNotEqualTo(RequestProcessor.requestId("x.xml", new byte[] {1, 3}));
    }

    @Test
    void xxeIsRejectedLocally() throws Exception {
        byte[] request = Requests.xxe();
        assertThat(processor().process(inWork("OQSsiquc01req_xxe.xml", request)))
                .isEqualTo(RequestProcessor.Outcome.REJECTED);
        assertRejected("OQSsiquc01req_xxe.xml", request, "DOCTYPE");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void billionLaughsIsRejectedLocally() throws Exception {
        byte[] request = Requests.billionLaughs();
        processor().process(inWork("OQSsiquc01req_lol.xml", request));
        assertRejected("OQSsiquc01req_lol.xml", request, "DOCTYPE");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void oversizedFileIsRejectedLocally() throws Exception {
        byte[] request = new String(Requests.siquc01("a"), StandardCharsets.UTF_8)
                .replace("<MessageBody>", "<MessageBody><!--" + "x".repeat(5000) + "-->")
                .getBytes(StandardCharsets.UTF_8);
        processor().process(inWork("OQSsiquc01req_big.xml", request));
        assertRejected("OQSsiquc01req_big.xml", request, "limit of 4096");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void malformedXmlIsRejectedLocally() throws Exception {
        byte[] request = Requests.malformed();
        processor().process(inWork("OQSsiquc01req_bad.xml", request));
        assertRejected("OQSsiquc01req_bad.xml", request, "XMLの形式", "line 1");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void badEncodingIsRejectedLocally() throws Exception {
        byte[] request = Requests.siquc01ShiftJis("髙橋"); // Shift_JIS bytes declared as UTF-8
        byte[] mislabelled = new String(request, ResultEncoding.SHIFT_JIS.charset())
                .replace("Shift_JIS", "UTF-8").getBytes(ResultEncoding.SHIFT_JIS.charset());
        processor().process(inWork("OQSsiquc01req_enc.xml", mislabelled));
        assertRejected("OQSsiquc01req_enc.xml", mislabelled, "not valid");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void wrongRootIsRejectedLocally() throws Exception {
        byte[] request = "<html/>".getBytes(StandardCharsets.UTF_8);
        processor().process(inWork("OQSsiquc01req_html.xml", request));
        assertRejected("OQSsiquc01req_html.xml", request, "<html>");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void unknownPrefixIsRejectedLocally() throws Exception {
        byte[] request = Requests.siquc01("a");
        processor().process(inWork("ABCsiquc01req_1.xml", request));
        assertRejected("ABCsiquc01req_1.xml", request, "電文種別が不明", "ABCsiquc01req_1.xml");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void aValidNameCentralDoesNotAnswerIsRejectedLocally() throws Exception {
        byte[] request = Requests.siquc01("a");
        processor().process(inWork("OQSsihvq01req_1.xml", request));
        assertRejected("OQSsihvq01req_1.xml", request, "OQSsihvq01req is not supported yet");
        assertThat(central.calls).isEmpty();
    }

    @Test
    void drugAndCheckupRequestsAreForwardedUnchangedAndAnswered() throws Exception {
        central.answer(call -> new FakeCentral.Answer(200, "application/xml",
                FakeCentral.drugResult(ResultEncoding.UTF_8, true), 0));
        byte[] request = Requests.medicalInformationShiftJis("髙77");
        for (String prefix : new String[] {"YZK", "TKK"}) {
            String name = prefix + "siquc01req_021504010930PAT001.xml";
            assertThat(processor().process(inWork(name, request))).isEqualTo(RequestProcessor.Outcome.ANSWERED);
            assertThat(folders.res().resolve(prefix + "siquc01res_021504010930PAT001.xml"))
                    .hasBinaryContent(FakeCentral.drugResult(ResultEncoding.UTF_8, true));
            assertThat(folders.done().resolve(name)).hasBinaryContent(request);
        }
        assertThat(central.calls).extracting(FakeCentral.Call::path)
                .containsExactly("/oqs/v1/messages/YZKsiquc01req", "/oqs/v1/messages/TKKsiquc01req");
        assertThat(central.calls).allSatisfy(call -> assertThat(call.body()).isEqualTo(request));
    }

    @Test
    void aDrugResultWithoutCharacterCodeIsCompletedInTheTerminalsEncoding() throws Exception {
        central.answer(call -> new FakeCentral.Answer(200, "application/xml",
                FakeCentral.drugResult(ResultEncoding.UTF_8, false), 0));
        TerminalConfig config = TerminalConfig.builder(dir, central.baseUrl()).resultEncoding(ResultEncoding.SHIFT_JIS).build();
        RequestProcessor sjis = new RequestProcessor(folders, config,
                new HttpCentralClient(central.baseUrl(), null, Duration.ofSeconds(1)));

        sjis.process(inWork("YZKsiquc01req_7.xml", Requests.medicalInformationShiftJis("77")));

        var parsed = new XmlMsgReader().read(folders.res().resolve("YZKsiquc01res_7.xml"));
        assertThat(parsed.declaredEncoding()).isEqualTo("Shift_JIS");
        assertThat(parsed.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
        assertThat(parsed.root().pathText("MessageHeader/ResultCode")).isEqualTo("1");
        assertThat(parsed.root().pathText("MessageHeader/QuaInf/Name")).isEqualTo(FakeCentral.RESULT_NAME);
        assertThat(parsed.root().pathText("MessageBody/MeTrMonthInf/DiDateInfs/DiDateInf/DrugInfs/DrugInf/DrugN"))
                .isEqualTo("アムロジピン錠5mg");
    }

    @Test
    void central400ReasonGoesIntoTheErr() throws Exception {
        central.answer(call -> FakeCentral.Answer.text(400, "line 3, column 5: InsurerNumber は8桁です"));
        byte[] request = Requests.siquc01("a");

        processor().process(inWork("OQSsiquc01req_400.xml", request));

        assertRejected("OQSsiquc01req_400.xml", request, "センターが要求を受け付けません",
                "HTTP 400: line 3, column 5: InsurerNumber は8桁です");
        assertThat(central.calls).hasSize(1);
    }

    @Test
    void central404IsAnUnknownMessageType() throws Exception {
        central.answer(call -> FakeCentral.Answer.text(404, ""));
        byte[] request = Requests.siquc01("a");

        processor().process(inWork("OQSsiquc01req_404.xml", request));

        assertRejected("OQSsiquc01req_404.xml", request, "電文種別が不明", "HTTP 404");
        assertThat(central.calls).hasSize(1);
    }

    @Test
    void forbiddenIsNotRetried() throws Exception {
        central.answer(call -> FakeCentral.Answer.text(403, "client certificate not accepted"));
        byte[] request = Requests.siquc01("a");

        processor().process(inWork("OQSsiquc01req_403.xml", request));

        assertRejected("OQSsiquc01req_403.xml", request, "証明書が拒否されました", "HTTP 403",
                "client certificate not accepted");
        assertThat(central.calls).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedUntilAnswered() throws Exception {
        AtomicInteger count = new AtomicInteger();
        central.answer(call -> count.incrementAndGet() <= 2 ? FakeCentral.Answer.text(503, "busy")
                : FakeCentral.cannedResult(call));
        byte[] request = Requests.siquc01("a");

        assertThat(processor().process(inWork("OQSsiquc01req_503.xml", request)))
                .isEqualTo(RequestProcessor.Outcome.ANSWERED);

        assertThat(central.calls).hasSize(3);
        assertThat(central.calls).extracting(FakeCentral.Call::requestId).containsOnly(
                RequestProcessor.requestId("OQSsiquc01req_503.xml", request));
        assertThat(folders.res().resolve("OQSsiquc01res_503.xml")).exists();
    }

    @Test
    void centralDownPastTheTimeoutGivesAnErr() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + FakeCentral.unusedPort());
        byte[] request = Requests.siquc01("a");
        long started = System.nanoTime();

        processor(nowhere).process(inWork("OQSsiquc01req_down.xml", request));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1900),
                Duration.ofSeconds(20));
        // The last attempt's problem depends on timing (refused, or cut short by the deadline), so only the
        // summary and the deadline are asserted.
        assertRejected("OQSsiquc01req_down.xml", request, "センターに接続できませんでした", "within 2 s");
    }

    @Test
    void slowCentralPastTheTimeoutGivesAnErr() throws Exception {
        central.answer(call -> new FakeCentral.Answer(200, "application/xml", FakeCentral.result(ResultEncoding.UTF_8),
                3000));
        byte[] request = Requests.siquc01("a");

        processor().process(inWork("OQSsiquc01req_slow.xml", request));

        assertRejected("OQSsiquc01req_slow.xml", request, "did not answer in time");
    }

    @Test
    void unreadableResultGivesAnErr() throws Exception {
        central.answer(call -> new FakeCentral.Answer(200, "application/xml",
                "<XmlMsg>".getBytes(StandardCharsets.UTF_8), 0));
        byte[] request = Requests.siquc01("a");

        processor().process(inWork("OQSsiquc01req_junk.xml", request));

        assertRejected("OQSsiquc01req_junk.xml", request, "センターの応答を読み取れませんでした");
    }

    @Test
    void resultInAnotherEncodingIsReencoded() throws Exception {
        central.answer(call -> new FakeCentral.Answer(200, "application/xml",
                FakeCentral.result(ResultEncoding.UTF_8), 0)); // ignores the requested encoding
        TerminalConfig config = TerminalConfig.builder(dir, central.baseUrl())
                .resultEncoding(ResultEncoding.SHIFT_JIS).build();
        RequestProcessor sjis = new RequestProcessor(folders, config,
                new HttpCentralClient(central.baseUrl(), null, Duration.ofSeconds(1)));

        sjis.process(inWork("OQSsiquc01req_sj.xml", Requests.siquc01("a")));

        var parsed = new XmlMsgReader().read(folders.res().resolve("OQSsiquc01res_sj.xml"));
        assertThat(parsed.declaredEncoding()).isEqualTo("Shift_JIS");
        assertThat(parsed.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
        assertThat(central.calls.get(0).encodingParameter()).isEqualTo("Shift_JIS");
    }

    @Test
    void answeredOnlyWhenTheResultIsNotOlderThanTheRequest() throws Exception {
        Path work = inWork("OQSsiquc01req_r.xml", Requests.siquc01("a"));
        RequestProcessor processor = processor();
        assertThat(processor.alreadyAnswered(work)).isFalse();

        Path stale = Files.write(folders.res().resolve("OQSsiquc01res_r.xml"), new byte[] {1});
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        assertThat(processor.alreadyAnswered(work)).as("result of an earlier request with the same name").isFalse();

        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().plusSeconds(1)));
        assertThat(processor.alreadyAnswered(work)).isTrue();
    }

    @Test
    void finishingARejectedRequestRestoresAMissingCopy() throws Exception {
        byte[] request = Requests.malformed();
        Path work = inWork("OQSsiquc01req_c.xml", request);
        Files.writeString(folders.res().resolve("OQSsiquc01req_c.err"), "要求ファイルを処理できませんでした\n");
        Files.setLastModifiedTime(folders.res().resolve("OQSsiquc01req_c.err"),
                FileTime.from(Instant.now().plusSeconds(1)));
        RequestProcessor processor = processor();

        assertThat(processor.alreadyAnswered(work)).isTrue();
        processor.finishAnswered(work);

        assertThat(folders.res().resolve("OQSsiquc01req_c.xml")).hasBinaryContent(request);
        assertThat(folders.done().resolve("OQSsiquc01req_c.xml")).exists();
        assertThat(work).doesNotExist();
    }
}
