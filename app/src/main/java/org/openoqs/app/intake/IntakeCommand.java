package org.openoqs.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openoqs.app.central.TokenFile;
import org.openoqs.app.progress.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oqs intake FILE --server URL}: sends an intake CSV to a running central service — qualifications, or the
 * intermediary's drug-dispensings / health-checkups, chosen by {@code --kind} or else by the file's header row. The
 * credential comes from {@code --token}, else {@code $OQS_INSURER_TOKEN}, else {@code --token-file} (default
 * {@code ./oqs-data/insurer-token}, where {@code oqs demo} leaves its credential). Exit 0 when stored, 1 when rejected,
 * 2 when it could not be sent.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Register an intake CSV (qualifications, drug-dispensings or health-checkups) with a running central service.")
public class IntakeCommand implements Callable<Integer> {
    static final int REJECTED = 1;
    static final int NOT_SENT = 2;
    private static final int ERRORS_SHOWN = 50;

    @Parameters(index = "0", description = "The intake CSV (UTF-8, header row of OQS element names).")
    Path file;

    @Option(names = "--kind", description = "qualifications, drug-dispensings or health-checkups (default: from the file's header row).")
    String kind;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Central service URL (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--token", description = "Insurer API token.")
    String token;

    @Option(names = "--token-file", defaultValue = "./oqs-data/insurer-token", description = "File holding the token (default: ${DEFAULT-VALUE}).")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("intake: no such file: " + file);
            return NOT_SENT;
        }
        IntakeKind intakeKind = kind == null ? IntakeKind.detect(file) : IntakeKind.byCliName(kind).orElse(null);
        if (intakeKind == null) {
            System.err.println("intake: unknown --kind " + kind + "; expected one of " + IntakeKind.cliNames());
            return NOT_SENT;
        }
        String credential = credential();
        if (credential == null) {
            System.err.println("intake: no credential: give --token, set OQS_INSURER_TOKEN, or create " + tokenFile
                    + " (./oqs demo writes one; ./oqs credential NAME --write FILE issues one)");
            return NOT_SENT;
        }
        IntakeClient.Response response;
        try (ProgressBar bar = new ProgressBar("uploading " + file.getFileName() + " (" + intakeKind.cliName() + ")",
                Files.size(file), "bytes")) {
            response = new IntakeClient(server, credential, intakeKind).upload(file, bar::update);
        } catch (ConnectException e) {
            System.err.println("intake: cannot connect to " + server + " (is the central service running? ./oqs demo or ./oqs serve)");
            return NOT_SENT;
        }
        return report(response);
    }

    private String credential() throws IOException {
        if (token != null && !token.isBlank()) return token.strip();
        String fromEnv = System.getenv("OQS_INSURER_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
        return Files.isRegularFile(tokenFile) ? TokenFile.read(tokenFile) : null;
    }

    private int report(IntakeClient.Response response) throws IOException {
        if (response.status() == 401) {
            System.err.println("intake: the server refused the credential (401)");
            return NOT_SENT;
        }
        if (response.status() == 403) {
            System.err.println("intake: the credential may not register this file (403): " + detail(response.body()));
            return NOT_SENT;
        }
        if (response.status() != 200 && response.status() != 422) {
            System.err.println("intake: server answered " + response.status() + ": " + response.body());
            return NOT_SENT;
        }
        JsonNode report = new ObjectMapper().readTree(response.body());
        boolean accepted = report.get("accepted").asBoolean();
        if (accepted) {
            System.out.printf("accepted %s: %,d rows (%,d new, %,d updated, %,d unchanged)%n", file, report.get("rows").asLong(),
                    report.get("inserted").asLong(), report.get("updated").asLong(), report.get("unchanged").asLong());
            return 0;
        }
        System.out.printf("rejected %s: %,d error(s); nothing was stored%n", file, report.get("errorCount").asLong());
        int shown = 0;
        for (JsonNode e : report.get("errors")) {
            if (shown++ == ERRORS_SHOWN) {
                System.out.println("  … (" + (report.get("errorCount").asLong() - ERRORS_SHOWN) + " more)");
                break;
            }
            System.out.printf("  %s:%d%s: %s%s%n", file, e.get("line").asLong(),
                    e.hasNonNull("field") ? " " + e.get("field").asText() : "", e.get("message").asText(),
                    e.hasNonNull("value") ? " (value '" + e.get("value").asText() + "')" : "");
        }
        return REJECTED;
    }

    /** The {@code detail} of a problem response, or the body as it is. */
    private static String detail(String body) {
        try {
            JsonNode problem = new ObjectMapper().readTree(body);
            return problem.hasNonNull("detail") ? problem.get("detail").asText() : body;
        } catch (IOException e) {
            return body;
        }
    }
}
