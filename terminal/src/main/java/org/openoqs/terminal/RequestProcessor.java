package org.openoqs.terminal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.openoqs.wire.xml.ParsedXml;
import org.openoqs.wire.xml.WireFormatException;
import org.openoqs.wire.xml.XmlMsgReader;

/**
 * Answers one claimed request in {@code work}: validates it locally, forwards it to central, publishes the result (or
 * {@code .err} plus a copy of the request [C] §4.4) into {@code res}, then moves the request to {@code done}.
 *
 * <p>Every request is parsed with the hardened {@link XmlMsgReader} first, so XXE, entity expansion, oversized and
 * badly encoded files are rejected here and never forwarded. The bytes sent are the file's bytes, unchanged.
 */
final class RequestProcessor {

    /** What happened to one request. */
    enum Outcome { ANSWERED, REJECTED, LEFT_IN_WORK }

    private static final String ROOT = "XmlMsg";

    private final TerminalFolders folders;
    private final TerminalConfig config;
    private final CentralClient central;
    private final XmlMsgReader reader;
    private final ResultNormalizer normalizer;

    RequestProcessor(TerminalFolders folders, TerminalConfig config, CentralClient central) {
        this.folders = folders;
        this.config = config;
        this.central = central;
        this.reader = new XmlMsgReader(config.requestLimits());
        this.normalizer = new ResultNormalizer(reader);
    }

    /**
     * Processes {@code work/<name>}. Returns {@link Outcome#LEFT_IN_WORK} when interrupted (shutdown): the file stays
     * in {@code work} and is processed again on the next start.
     */
    Outcome process(Path workFile) throws IOException {
        try {
            return answerOrReject(workFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.LEFT_IN_WORK;
        }
    }

    /** True when {@code res} already holds this request's result or {@code .err}, written after the request. */
    boolean alreadyAnswered(Path workFile) throws IOException {
        String name = workFile.getFileName().toString();
        if (RequestFileName.isRequest(name) && isNewerThan(folders.res().resolve(RequestFileName.resultName(name)),
                workFile)) {
            return true;
        }
        return isNewerThan(folders.res().resolve(RequestFileName.errorName(name)), workFile);
    }

    /** Completes a request found answered at start-up: the request copy of an {@code .err} may still be missing. */
    void finishAnswered(Path workFile) throws IOException {
        String name = workFile.getFileName().toString();
        boolean rejected = Files.exists(folders.res().resolve(RequestFileName.errorName(name)));
        if (rejected && !Files.exists(folders.res().resolve(name))) {
            AtomicFiles.copy(workFile, folders.res(), name);
        }
        AtomicFiles.move(workFile, folders.done().resolve(name));
    }

    private Outcome answerOrReject(Path workFile) throws IOException, InterruptedException {
        String name = workFile.getFileName().toString();
        Rejected problem = checkName(name);
        if (problem == null) {
            problem = checkContent(workFile);
        }
        if (problem == null) {
            problem = forward(workFile, name);
        }
        if (problem != null) {
            reject(workFile, problem);
            return Outcome.REJECTED;
        }
        AtomicFiles.move(workFile, folders.done().resolve(name));
        return Outcome.ANSWERED;
    }

    private Rejected checkName(String name) {
        String messageId = RequestFileName.messageId(name).orElse(null);
        if (messageId == null) {
            return new Rejected(RequestRejection.UNKNOWN_MESSAGE_TYPE, "file name \"" + name
                    + "\" is not a known request name (<OQS|YZK|TKK><si|mu><function><step>req_<suffix>.xml)");
        }
        if (!config.supportedMessageIds().contains(messageId)) {
            return new Rejected(RequestRejection.NOT_SUPPORTED, messageId + " is not supported yet");
        }
        return null;
    }

    private Rejected checkContent(Path workFile) throws IOException {
        long size = Files.size(workFile);
        if (size > config.requestLimits().maxInputBytes()) {
            return new Rejected(RequestRejection.INVALID_FILE, "the file has " + size
                    + " bytes, more than the limit of " + config.requestLimits().maxInputBytes());
        }
        try {
            ParsedXml parsed = reader.read(Files.readAllBytes(workFile));
            if (!ROOT.equals(parsed.root().name())) {
                return new Rejected(RequestRejection.INVALID_FILE,
                        "root element is <" + parsed.root().name() + ">, not <" + ROOT + ">");
            }
            return null;
        } catch (WireFormatException e) {
            return new Rejected(RequestRejection.INVALID_FILE, e.getMessage());
        }
    }

    private Rejected forward(Path workFile, String name) throws IOException, InterruptedException {
        byte[] request = Files.readAllBytes(workFile);
        String messageId = RequestFileName.messageId(name).orElseThrow();
        CentralCall call = new CentralCall(central, config.centralTimeout(), config.retryBackoff());
        CentralCall.Result result = call.exchange(messageId, request, config.resultEncoding(), requestId(name, request));
        if (result.reply() == null) {
            return new Rejected(RequestRejection.CENTRAL_UNREACHABLE, "no answer from central within "
                    + seconds(config.centralTimeout()) + " s (" + result.attempts() + " attempts); last problem: "
                    + result.lastProblem());
        }
        return publishReply(name, result.reply());
    }

    private Rejected publishReply(String name, CentralClient.Reply reply) throws IOException {
        int status = reply.statusCode();
        if (status == 200) {
            return publishResult(name, reply.body());
        }
        if (status == 401 || status == 403) {
            return new Rejected(RequestRejection.CERTIFICATE_REFUSED, "central refused the terminal certificate (HTTP "
                    + status + ")" + detail(reply));
        }
        if (status == 404) {
            return new Rejected(RequestRejection.UNKNOWN_MESSAGE_TYPE, "central does not know this message type (HTTP 404)"
                    + detail(reply));
        }
        return new Rejected(RequestRejection.REJECTED_BY_CENTRAL, "HTTP " + status + detail(reply));
    }

    private Rejected publishResult(String name, byte[] body) throws IOException {
        byte[] result;
        try {
            result = normalizer.normalize(body, config.resultEncoding());
        } catch (WireFormatException | IllegalArgumentException e) {
            return new Rejected(RequestRejection.INVALID_RESULT, e.getMessage());
        }
        AtomicFiles.write(folders.res(), RequestFileName.resultName(name), result);
        return null;
    }

    /** The {@code .err} first, then the request copy: S1's agent reacts to the copy by reading the {@code .err}. */
    private void reject(Path workFile, Rejected problem) throws IOException {
        String name = workFile.getFileName().toString();
        byte[] text = problem.kind().errText(name, problem.detail()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folders.res(), RequestFileName.errorName(name), text);
        AtomicFiles.copy(workFile, folders.res(), name);
        AtomicFiles.move(workFile, folders.done().resolve(name));
    }

    /** Hex SHA-256 of the file name (UTF-8), a NUL separator and the bytes: same file again → same key. */
    static String requestId(String name, byte[] bytes) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(bytes);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String detail(CentralClient.Reply reply) {
        String text = reply.bodyText();
        return text.isEmpty() ? "" : ": " + text;
    }

    private static boolean isNewerThan(Path result, Path request) throws IOException {
        return Files.exists(result)
                && Files.getLastModifiedTime(result).compareTo(Files.getLastModifiedTime(request)) >= 0;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
    }

    static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "central did not answer in time";
        }
        if (e instanceof ConnectException) {
            return "connection refused or unreachable (" + e.getClass().getSimpleName() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private record Rejected(RequestRejection kind, String detail) {
    }
}
