package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestWatcherTest {

    private static final Duration SETTLE = Duration.ofMillis(150);

    @TempDir
    Path req;

    @TempDir
    Path taken;

    private final List<String> claimed = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> contentAtClaim = new ConcurrentHashMap<>();
    private RequestWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Claims like the agent does: reads the bytes at claim time and moves the file away. */
    private boolean claim(Path file) {
        try {
            contentAtClaim.put(file.getFileName().toString(), Files.readAllBytes(file));
            Files.move(file, taken.resolve(file.getFileName()));
            claimed.add(file.getFileName().toString());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void watchServiceAloneFindsAFile() throws Exception {
        watcher = RequestWatcher.start(req, Duration.ofHours(1), SETTLE, true, this::claim);
        Thread.sleep(100); // let the initial scan pass, so only the watch service can find the file

        Files.write(req.resolve("OQSsiquc01req_1.xml"), new byte[] {1});

        await().atMost(Duration.ofSeconds(10)).until(() -> claimed.contains("OQSsiquc01req_1.xml"));
    }

    @Test
    void periodicScanAloneFindsAFile() throws Exception {
        watcher = RequestWatcher.start(req, Duration.ofMillis(100), SETTLE, false, this::claim);
        Thread.sleep(150);

        Files.write(req.resolve("OQSsiquc01req_2.xml"), new byte[] {1});

        await().atMost(Duration.ofSeconds(5)).until(() -> claimed.contains("OQSsiquc01req_2.xml"));
    }

    @Test
    void filesPresentBeforeStartAreFound() throws Exception {
        Files.write(req.resolve("OQSsiquc01req_3.xml"), new byte[] {1});

        watcher = RequestWatcher.start(req, Duration.ofHours(1), SETTLE, false, this::claim);

        await().atMost(Duration.ofSeconds(5)).until(() -> claimed.contains("OQSsiquc01req_3.xml"));
    }

    @Test
    void aFileWrittenSlowlyIsTakenOnlyWhenComplete() throws Exception {
        watcher = RequestWatcher.start(req, Duration.ofMillis(50), SETTLE, true, this::claim);
        byte[] chunk = "0123456789".repeat(10).getBytes();

        try (OutputStream out = Files.newOutputStream(req.resolve("OQSsiquc01req_slow.xml"))) {
            for (int i = 0; i < 20; i++) { // 20 chunks, 40 ms apart: 800 ms of writing, gaps well under SETTLE
                out.write(chunk);
                out.flush();
                Thread.sleep(40);
                assertThat(claimed).isEmpty();
            }
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> claimed.contains("OQSsiquc01req_slow.xml"));
        assertThat(contentAtClaim.get("OQSsiquc01req_slow.xml")).hasSize(20 * chunk.length);
    }

    @Test
    void aFileIsNotTakenBeforeTheSettleTime() throws Exception {
        Duration longSettle = Duration.ofMillis(600);
        watcher = RequestWatcher.start(req, Duration.ofMillis(50), longSettle, true, this::claim);
        long written = System.nanoTime();

        Files.write(req.resolve("OQSsiquc01req_4.xml"), new byte[] {1});

        await().atMost(Duration.ofSeconds(5)).until(() -> claimed.contains("OQSsiquc01req_4.xml"));
        assertThat(Duration.ofNanos(System.nanoTime() - written)).isGreaterThanOrEqualTo(longSettle);
    }

    @Test
    void temporaryAndForeignNamesAreIgnored() throws Exception {
        watcher = RequestWatcher.start(req, Duration.ofMillis(50), SETTLE, true, this::claim);

        Files.write(req.resolve("OQSsiquc01req_5.xml.tmp"), new byte[] {1});
        Files.write(req.resolve(".OQSsiquc01req_5.xml"), new byte[] {1});
        Files.write(req.resolve("~OQSsiquc01req_5.xml"), new byte[] {1});
        Files.write(req.resolve("OQSsiquc01req_5.xml.part"), new byte[] {1});
        Files.write(req.resolve("readme.txt"), new byte[] {1});
        Files.write(req.resolve("OQSsiquc01req_marker.xml"), new byte[] {1});

        await().atMost(Duration.ofSeconds(5)).until(() -> claimed.contains("OQSsiquc01req_marker.xml"));
        Thread.sleep(SETTLE.toMillis() * 3);
        assertThat(claimed).containsExactly("OQSsiquc01req_marker.xml");
    }

    @Test
    void requestAttemptsWithUnknownPrefixAreOffered() throws Exception {
        watcher = RequestWatcher.start(req, Duration.ofMillis(50), SETTLE, true, this::claim);

        Files.write(req.resolve("XYZsiquc01req_6.xml"), new byte[] {1});

        await().atMost(Duration.ofSeconds(5)).until(() -> claimed.contains("XYZsiquc01req_6.xml"));
    }

    @Test
    void aRefusedClaimIsOfferedAgainUntilTaken() throws Exception {
        AtomicInteger offers = new AtomicInteger();
        watcher = RequestWatcher.start(req, Duration.ofMillis(50), SETTLE, true,
                file -> offers.incrementAndGet() >= 3 && claim(file));

        Files.write(req.resolve("OQSsiquc01req_7.xml"), new byte[] {1});

        await().atMost(Duration.ofSeconds(5)).until(() -> claimed.contains("OQSsiquc01req_7.xml"));
        assertThat(offers.get()).isEqualTo(3);
    }

    @Test
    void aCompleteXmlMsgIsTakenWithoutWaitingForTheSettleTime() throws Exception {
        Duration longSettle = Duration.ofSeconds(30);
        watcher = RequestWatcher.start(req, Duration.ofHours(1), longSettle, true, this::claim);
        Path staging = taken.resolve("staging.xml");
        Files.writeString(staging, "<?xml version=\"1.0\"?><XmlMsg><MessageHeader/></XmlMsg>\r\n");

        Files.move(staging, req.resolve("OQSsiquc01req_8.xml"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        await().atMost(Duration.ofSeconds(10)).until(() -> claimed.contains("OQSsiquc01req_8.xml"));
    }

    @Test
    void anXmlMsgWrittenSlowlyIsTakenOnlyOnceItsEndTagIsWritten() throws Exception {
        watcher = RequestWatcher.start(req, Duration.ofMillis(50), Duration.ofSeconds(30), true, this::claim);
        byte[] chunk = "<Unit>0123456789</Unit>".getBytes();

        try (OutputStream out = Files.newOutputStream(req.resolve("OQSsiquc01req_9.xml"))) {
            out.write("<XmlMsg>".getBytes());
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
                out.flush();
                Thread.sleep(40);
                assertThat(claimed).isEmpty();
            }
            out.write("</XmlMsg>\n".getBytes());
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> claimed.contains("OQSsiquc01req_9.xml"));
        assertThat(new String(contentAtClaim.get("OQSsiquc01req_9.xml"))).endsWith("</XmlMsg>\n");
    }

    @Test
    void theEndTagIsFoundBehindWhiteSpaceOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.xml");
        for (String text : new String[] {"<XmlMsg></XmlMsg>", "<XmlMsg></XmlMsg> \r\n\t", "</XmlMsg>"}) {
            Files.writeString(file, text);
            assertThat(RequestWatcher.endsWithRootEndTag(file, Files.size(file))).as(text).isTrue();
        }
        for (String text : new String[] {"<XmlMsg>", "<XmlMsg></XmlMsg><!-- -->", "</XmlMs", ""}) {
            Files.writeString(file, text);
            assertThat(RequestWatcher.endsWithRootEndTag(file, Files.size(file))).as(text).isFalse();
        }
    }
}
