package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.terminal.AtomicFiles;
import org.openoqs.terminal.RequestFileName;
import org.openoqs.terminal.TerminalFolders;

/** Against a stand-in terminal that answers each request file in {@code req} with whatever the test says. */
class RequestFileExchangeTest {
    private static final CardKey KEY = new CardKey("01130012", "千代田12", "100001", "01", "19800415");
    private static final String GOOD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader><SegmentOfResult>1"
            + "</SegmentOfResult></MessageHeader><MessageBody><ProcessingResultStatus>1</ProcessingResultStatus><ResultList>"
            + "<ResultOfQualificationConfirmation><InsuredIdentificationNumber>100001</InsuredIdentificationNumber>"
            + "</ResultOfQualificationConfirmation></ResultList></MessageBody></XmlMsg>\n";

    @TempDir
    Path dir;

    @Test
    void aCompleteCorrectResultIsARoundTripAndIsRemovedAfterReading() throws Exception {
        TerminalFolders folders = TerminalFolders.create(dir);
        BlockingClosedLoop.Outcome outcome = roundTrip(folders, (name, body) -> {
            assertThat(body).contains("<InsuredIdentificationNumber>100001</InsuredIdentificationNumber>");
            return new String[] {RequestFileName.resultName(name), GOOD};
        });
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.micros()).isPositive();
        assertThat(folders.res()).isEmptyDirectory();
    }

    @Test
    void anErrFileIsAnError() throws Exception {
        TerminalFolders folders = TerminalFolders.create(dir);
        BlockingClosedLoop.Outcome outcome = roundTrip(folders,
                (name, body) -> new String[] {RequestFileName.errorName(name), "E1 central refused"});
        assertThat(outcome.problem()).contains("rejected").contains("E1 central refused");
    }

    @Test
    void wrongOrIncompleteResultsAreNamed() {
        assertThat(RequestFileExchange.problem(GOOD, KEY)).isNull();
        assertThat(RequestFileExchange.problem(GOOD.substring(0, GOOD.length() - 5), KEY)).contains("incomplete");
        assertThat(RequestFileExchange.problem(GOOD.replace("100001", "100002"), KEY)).contains("InsuredIdentificationNumber");
        assertThat(RequestFileExchange.problem(GOOD.replace("<SegmentOfResult>1", "<SegmentOfResult>9"), KEY))
                .contains("SegmentOfResult");
    }

    /** One exchange while a thread plays the terminal: takes the request from req and publishes its answer into res. */
    private BlockingClosedLoop.Outcome roundTrip(TerminalFolders folders, BiFunction<String, String, String[]> answer)
            throws Exception {
        Thread terminal = new Thread(() -> {
            try {
                while (true) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(folders.req())) {
                        for (Path file : files) {
                            String[] reply = answer.apply(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                            Files.delete(file);
                            AtomicFiles.write(folders.res(), reply[0], reply[1].getBytes(StandardCharsets.UTF_8));
                            return;
                        }
                    }
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        terminal.start();
        try (RequestFileExchange exchange = new RequestFileExchange(dir, List.of(KEY))) {
            return exchange.run(new SplittableRandom(1));
        } finally {
            terminal.join(10_000);
        }
    }
}
