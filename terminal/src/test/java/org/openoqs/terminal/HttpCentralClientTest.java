package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoqs.wire.xml.ResultEncoding;

class HttpCentralClientTest {

    private FakeCentral central;
    private HttpCentralClient client;

    @BeforeEach
    void start() throws IOException {
        central = FakeCentral.start();
        client = new HttpCentralClient(URI.create(central.baseUrl() + "/"), null, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void postsTheFileUnchangedWithEncodingAndRequestId() throws Exception {
        byte[] request = Requests.siquc01ShiftJis("髙①");

        CentralClient.Reply reply = client.exchange("OQSsiquc01req", request, ResultEncoding.SHIFT_JIS, "abc123",
                Duration.ofSeconds(5));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(FakeCentral.result(ResultEncoding.SHIFT_JIS));
        assertThat(reply.contentType()).startsWith("application/xml");
        FakeCentral.Call call = central.calls.get(0);
        assertThat(call.path()).isEqualTo("/oqs/v1/messages/OQSsiquc01req");
        assertThat(call.query()).isEqualTo("encoding=Shift_JIS");
        assertThat(call.contentType()).isEqualTo("application/xml");
        assertThat(call.requestId()).isEqualTo("abc123");
        assertThat(call.body()).isEqualTo(request);
    }

    @Test
    void returnsErrorStatusesWithTheirText() throws Exception {
        central.answer(call -> FakeCentral.Answer.text(400, "line 1: 保険者番号が不正です"));

        CentralClient.Reply reply = client.exchange("OQSsiquc01req", Requests.siquc01("a"), ResultEncoding.UTF_8,
                "id", Duration.ofSeconds(5));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.bodyText()).isEqualTo("line 1: 保険者番号が不正です");
        assertThat(central.calls.get(0).query()).isEqualTo("encoding=UTF-8");
    }

    @Test
    void slowAnswerTimesOut() {
        central.answer(call -> new FakeCentral.Answer(200, "application/xml", new byte[] {'x'}, 2000));

        assertThatThrownBy(() -> client.exchange("OQSsiquc01req", Requests.siquc01("a"), ResultEncoding.UTF_8,
                "id", Duration.ofMillis(200))).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void unreachableCentralIsAnIoException() throws Exception {
        HttpCentralClient nowhere = new HttpCentralClient(URI.create("http://127.0.0.1:" + FakeCentral.unusedPort()),
                null, Duration.ofSeconds(1));

        assertThatThrownBy(() -> nowhere.exchange("OQSsiquc01req", Requests.siquc01("a"), ResultEncoding.UTF_8,
                "id", Duration.ofSeconds(1))).isInstanceOf(IOException.class);
    }

    @Test
    void replyTextUsesTheDeclaredCharset() {
        CentralClient.Reply reply = new CentralClient.Reply(400, "髙".getBytes(ResultEncoding.SHIFT_JIS.charset()),
                "text/plain; charset=Shift_JIS");

        assertThat(reply.bodyText()).isEqualTo("髙");
    }
}
