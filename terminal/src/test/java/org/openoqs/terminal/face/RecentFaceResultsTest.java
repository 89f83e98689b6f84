package org.openoqs.terminal.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.wire.xml.XmlMsgReader;

class RecentFaceResultsTest {

    @TempDir Path dir;

    static FaceResult result(String id, int minute) {
        return new FaceResult(new FaceFileName("1312345679", id, LocalDateTime.of(2026, 4, 1, 9, minute)), null,
                new FaceResult.Header(null, null, null, null, "1", "1", null, null, "0"), "1", null, null, "1", null, List.of());
    }

    @Test
    void newestFirstAndBounded() {
        RecentFaceResults recent = new RecentFaceResults(2);
        recent.add(result("aaaaaaaaaaaaaaaaaaaa", 1));
        recent.add(result("bbbbbbbbbbbbbbbbbbbb", 2));
        recent.add(result("cccccccccccccccccccc", 3));
        assertThat(recent.list()).extracting(FaceResult::id).containsExactly("cccccccccccccccccccc", "bbbbbbbbbbbbbbbbbbbb");
        assertThat(recent.find("aaaaaaaaaaaaaaaaaaaa")).isEmpty();
        assertThat(recent.find("bbbbbbbbbbbbbbbbbbbb")).isPresent();
    }

    @Test
    void loadsTheNewestFaceFilesAndSkipsBrokenOnes() throws Exception {
        String xml = "<XmlMsg><MessageHeader><SegmentOfResult>1</SegmentOfResult></MessageHeader></XmlMsg>";
        Files.writeString(dir.resolve("OQSsiquc01res_face_1312345679aaaaaaaaaaaaaaaaaaaa_20260401090000.xml"), xml);
        Files.writeString(dir.resolve("OQSsiquc01res_face_1312345679bbbbbbbbbbbbbbbbbbbb_20260401100000.xml"), xml);
        Files.writeString(dir.resolve("OQSsiquc01res_face_1312345679cccccccccccccccccccc_20260401110000.xml"), "<broken",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("something-else.xml"), xml);
        RecentFaceResults recent = new RecentFaceResults(10);
        recent.loadFrom(dir, new XmlMsgReader(), new FaceResultReader());
        assertThat(recent.list()).extracting(FaceResult::id).containsExactly("bbbbbbbbbbbbbbbbbbbb", "aaaaaaaaaaaaaaaaaaaa");
    }
}
