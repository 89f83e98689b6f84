package org.openoqs.terminal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgWriter;
import org.openoqs.wire.xml.XmlNode;

/** A real HTTP server on 127.0.0.1 standing in for central; records every call. */
final class FakeCentral implements AutoCloseable {

    /** One recorded request. */
    record Call(String path, String query, String contentType, String requestId, byte[] body) {
        String encodingParameter() {
            return query == null ? null : query.replaceFirst("^encoding=", "");
        }
    }

    /** What to answer. */
    record Answer(int status, String contentType, byte[] body, long delayMillis) {
        static Answer text(int status, String text) {
            return new Answer(status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), 0);
        }
    }

    static final String RESULT_NAME = "髙橋　①子";

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile Function<Call, Answer> behaviour = FakeCentral::cannedResult;

    private FakeCentral(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/oqs/v1/messages/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeCentral start() throws IOException {
        return new FakeCentral(0);
    }

    static FakeCentral startOn(int port) throws IOException {
        return new FakeCentral(port);
    }

    /** A port nobody listens on (was free a moment ago). */
    static int unusedPort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answer(Function<Call, Answer> behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Call call = new Call(exchange.getRequestURI().getPath(), exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst(HttpCentralClient.REQUEST_ID_HEADER), body);
            calls.add(call);
            Answer answer = behaviour.apply(call);
            if (answer.delayMillis() > 0) {
                sleep(answer.delayMillis());
            }
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
    }

    /** An OQSsiquc01res in the encoding the call asked for, as central writes it. */
    static Answer cannedResult(Call call) {
        ResultEncoding encoding = "Shift_JIS".equals(call.encodingParameter()) ? ResultEncoding.SHIFT_JIS
                : ResultEncoding.UTF_8;
        return new Answer(200, "application/xml; charset=" + encoding.charset().name(), result(encoding), 0);
    }

    static byte[] result(ResultEncoding encoding) {
        XmlNode root = XmlNode.element("XmlMsg",
                XmlNode.builder("MessageHeader")
                        .add("ProcessExecutionTime", "20250401093000")
                        .add("SegmentOfResult", "1")
                        .add("CharacterCodeIdentifier", encoding.characterCodeIdentifier()).build(),
                XmlNode.element("MessageBody",
                        XmlNode.leaf("ProcessingResultStatus", "1"),
                        XmlNode.leaf("QualificationValidity", "1"),
                        XmlNode.element("ResultList", XmlNode.element("ResultOfQualificationConfirmation",
                                XmlNode.leaf("Name", RESULT_NAME), XmlNode.leaf("InsuredBranchNumber", "01")))));
        return new XmlMsgWriter().write(root, encoding);
    }

    /**
     * A YZKsiquc01res as central writes it: ResultCode, QuaInf and a MeTrMonthInf, no SegmentOfResult; in
     * {@code encoding}, or without CharacterCodeIdentifier when {@code withCharacterCode} is false.
     */
    static byte[] drugResult(ResultEncoding encoding, boolean withCharacterCode) {
        XmlNode.Builder header = XmlNode.builder("MessageHeader")
                .add("ProcessExecutionTime", "20250401093000")
                .add("MedicalInstitutionCode", "1310000001")
                .add("ArbitraryFileIdentifier", "yzk-1");
        if (withCharacterCode) header.add("CharacterCodeIdentifier", encoding.characterCodeIdentifier());
        XmlNode root = XmlNode.element("XmlMsg",
                header.add("ResultCode", "1")
                        .add(XmlNode.element("QuaInf", XmlNode.leaf("Name", RESULT_NAME), XmlNode.leaf("AdmGendCode", "1")))
                        .build(),
                XmlNode.element("MessageBody", XmlNode.element("MeTrMonthInf", XmlNode.leaf("MeTrMonth", "202503"),
                        XmlNode.element("DiDateInfs", XmlNode.element("DiDateInf", XmlNode.leaf("DiDate", "20250314"),
                                XmlNode.element("DrugInfs", XmlNode.element("DrugInf",
                                        XmlNode.leaf("DrugN", "アムロジピン錠5mg"), XmlNode.leaf("Qua1", "1"))))))));
        return new XmlMsgWriter().write(root, encoding);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
