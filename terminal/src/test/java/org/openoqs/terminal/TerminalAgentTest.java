package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.wire.xml.ParsedXml;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;

class TerminalAgentTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeCentral central;
    private TerminalAgent agent;

    @BeforeEach
    void startCentral() throws IOException {
        central = FakeCentral.start();
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
        central.close();
    }

    private TerminalAgent start(URI centralUrl, UnaryOperator<TerminalConfig.Builder> tweak) throws IOException {
        TerminalConfig.Builder builder = TerminalConfig.builder(dir, centralUrl)
                .scanInterval(Duration.ofMillis(100)).settleTime(Duration.ofMillis(100))
                .centralTimeout(Duration.ofSeconds(5))
                .retryBackoff(new RetryBackoff(Duration.ofMillis(100), Duration.ofMillis(400)));
        agent = TerminalAgent.start(tweak.apply(builder).build());
        return agent;
    }

    private TerminalAgent start() throws IOException {
        return start(central.baseUrl(), b -> b);
    }

    private Path req(String name) {
        return dir.resolve("req").resolve(name);
    }

    private Path res(String name) {
        return dir.resolve("res").resolve(name);
    }

    private List<String> resNames() throws IOException {
        try (var files = Files.list(dir.resolve("res"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void utf8RequestIsAnsweredOnce() throws Exception {
        start();
        byte[] request = Requests.siquc01("髙①");

        Files.write(req("OQSsiquc01req_0001.xml"), request);

        await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_0001.xml")));
        await().atMost(WAIT).until(() -> Files.exists(dir.resolve("done/OQSsiquc01req_0001.xml")));
        assertThat(res("OQSsiquc01res_0001.xml")).hasBinaryContent(FakeCentral.result(ResultEncoding.UTF_8));
        assertThat(resNames()).containsExactly("OQSsiquc01res_0001.xml");
        assertThat(req("OQSsiquc01req_0001.xml")).doesNotExist();
        assertThat(central.calls).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/oqs/v1/messages/OQSsiquc01req");
            assertThat(call.encodingParameter()).isEqualTo("UTF-8");
            assertThat(call.body()).isEqualTo(request);
        });
    }

    @Test
    void shiftJisRequestIsForwardedUnchangedAndAnsweredInShiftJis() throws Exception {
        start(central.baseUrl(), b -> b.resultEncoding(ResultEncoding.SHIFT_JIS));
        byte[] request = Requests.siquc01ShiftJis("髙①");
        assertThat(new String(request, ResultEncoding.SHIFT_JIS.charset())).contains("髙①");

        Files.write(req("OQSsiquc01req_sj.xml"), request);

        await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_sj.xml")));
        assertThat(central.calls).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo(request);
            assertThat(call.encodingParameter()).isEqualTo("Shift_JIS");
        });
        byte[] result = Files.readAllBytes(res("OQSsiquc01res_sj.xml"));
        assertThat(new String(result, 0, 60, StandardCharsets.US_ASCII))
                .startsWith("<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?>");
        ParsedXml parsed = new XmlMsgReader().read(result);
        assertThat(parsed.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
        assertThat(parsed.root().pathText("MessageBody/ResultList/ResultOfQualificationConfirmation/Name"))
                .isEqualTo(FakeCentral.RESULT_NAME);
    }

    @Test
    void slowlyWrittenRequestIsForwardedComplete() throws Exception {
        start();
        byte[] request = Requests.siquc01("slow");

        try (var out = Files.newOutputStream(req("OQSsiquc01req_slow.xml"))) {
            for (int i = 0; i < request.length; i += 64) {
                out.write(request, i, Math.min(64, request.length - i));
                out.flush();
                Thread.sleep(30);
            }
        }

        await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_slow.xml")));
        assertThat(central.calls).singleElement().satisfies(call -> assertThat(call.body()).isEqualTo(request));
        assertThat(res("OQSsiquc01req_slow.err")).doesNotExist();
    }

    @Test
    void tmpFileIsIgnored() throws Exception {
        start();

        Files.write(req("OQSsiquc01req_t.xml.tmp"), Requests.siquc01("a"));
        Files.write(req("OQSsiquc01req_marker.xml"), Requests.siquc01("b"));

        await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_marker.xml")));
        Thread.sleep(300);
        assertThat(req("OQSsiquc01req_t.xml.tmp")).exists();
        assertThat(central.calls).hasSize(1);
        assertThat(resNames()).containsExactly("OQSsiquc01res_marker.xml");
    }

    @Test
    void hostileAndBrokenRequestsGetErrAndCopyAndNeverReachCentral() throws Exception {
        start();
        var bad = java.util.Map.of(
                "OQSsiquc01req_xxe.xml", Requests.xxe(),
                "OQSsiquc01req_lol.xml", Requests.billionLaughs(),
                "OQSsiquc01req_bad.xml", Requests.malformed(),
                "XYZsiquc01req_1.xml", Requests.siquc01("a"));
        for (var entry : bad.entrySet()) {
            Files.write(req(entry.getKey()), entry.getValue());
        }

        for (var entry : bad.entrySet()) {
            String err = RequestFileName.errorName(entry.getKey());
            await().atMost(WAIT).until(() -> Files.exists(res(entry.getKey())));
            assertThat(res(err)).exists();
            assertThat(Files.readString(res(err))).startsWith("要求ファイルを処理できませんでした");
            assertThat(res(entry.getKey())).hasBinaryContent(entry.getValue());
        }
        assertThat(central.calls).isEmpty();
    }

    @Test
    void centralDownThenUpIsRetriedAndAnswered() throws Exception {
        int port = FakeCentral.unusedPort();
        start(URI.create("http://127.0.0.1:" + port), b -> b);

        Files.write(req("OQSsiquc01req_retry.xml"), Requests.siquc01("a"));
        Thread.sleep(800); // a few refused attempts
        assertThat(res("OQSsiquc01res_retry.xml")).doesNotExist();
        try (FakeCentral late = FakeCentral.startOn(port)) {
            await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_retry.xml")));
            assertThat(late.calls).hasSize(1);
        }
        assertThat(res("OQSsiquc01req_retry.err")).doesNotExist();
    }

    @Test
    void recoveryProcessesUnansweredWorkAndOnlyFinishesAnsweredWork() throws Exception {
        TerminalFolders folders = TerminalFolders.create(dir);
        byte[] unanswered = Requests.siquc01("u");
        byte[] answered = Requests.siquc01("a");
        Files.write(folders.work().resolve("OQSsiquc01req_u.xml"), unanswered);
        Files.write(folders.work().resolve("OQSsiquc01req_a.xml"), answered);
        Thread.sleep(20); // the result must not be older than the request
        Files.write(folders.res().resolve("OQSsiquc01res_a.xml"), new byte[] {42});

        start();

        await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_u.xml")));
        await().atMost(WAIT).until(() -> Files.exists(folders.done().resolve("OQSsiquc01req_u.xml")));
        assertThat(folders.done().resolve("OQSsiquc01req_a.xml")).hasBinaryContent(answered);
        assertThat(res("OQSsiquc01res_a.xml")).hasBinaryContent(new byte[] {42});
        assertThat(central.calls).singleElement().satisfies(call -> assertThat(call.body()).isEqualTo(unanswered));
        assertThat(resNames()).containsExactly("OQSsiquc01res_a.xml", "OQSsiquc01res_u.xml");
        try (var work = Files.list(folders.work())) {
            assertThat(work).isEmpty();
        }
    }

    @Test
    void fiftyRequestsAtOnceGetFiftyResultsWithoutDuplicates() throws Exception {
        start();
        for (int i = 0; i < 50; i++) {
            Files.write(req(String.format("OQSsiquc01req_%03d.xml", i)), Requests.siquc01("n" + i));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> resNames().size() == 50);
        Thread.sleep(500); // a duplicate would show up as a 51st call
        assertThat(resNames()).hasSize(50).allMatch(n -> n.matches("OQSsiquc01res_\\d{3}\\.xml"));
        assertThat(central.calls).hasSize(50);
        assertThat(central.calls).extracting(FakeCentral.Call::requestId).doesNotHaveDuplicates();
        try (var done = Files.list(dir.resolve("done"))) {
            assertThat(done).hasSize(50);
        }
    }

    @Test
    void scanAloneFindsRequestsWhenTheWatchServiceIsOff() throws Exception {
        start(central.baseUrl(), b -> b.watchServiceEnabled(false));

        Files.write(req("OQSsiquc01req_scan.xml"), Requests.siquc01("a"));

        await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_scan.xml")));
    }

    @Test
    void watchServiceAloneFindsRequestsWhenTheScanIsRare() throws Exception {
        start(central.baseUrl(), b -> b.scanInterval(Duration.ofHours(1)));
        Thread.sleep(100); // past the initial scan

        Files.write(req("OQSsiquc01req_watch.xml"), Requests.siquc01("a"));

        await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_watch.xml")));
    }

    @Test
    void closeLeavesAnInterruptedRequestInWorkForTheNextStart() throws Exception {
        int port = FakeCentral.unusedPort();
        start(URI.create("http://127.0.0.1:" + port), b -> b.shutdownGrace(Duration.ofMillis(200))
                .centralTimeout(Duration.ofSeconds(30)));
        Files.write(req("OQSsiquc01req_stop.xml"), Requests.siquc01("a"));
        await().atMost(WAIT).until(() -> Files.exists(dir.resolve("work/OQSsiquc01req_stop.xml")));

        agent.close();
        agent = null;

        assertThat(dir.resolve("work/OQSsiquc01req_stop.xml")).exists();
        assertThat(resNames()).isEmpty();
        try (FakeCentral late = FakeCentral.startOn(port)) {
            start(URI.create("http://127.0.0.1:" + port), b -> b);
            await().atMost(WAIT).until(() -> Files.exists(res("OQSsiquc01res_stop.xml")));
            assertThat(late.calls).hasSize(1);
        }
    }
}
