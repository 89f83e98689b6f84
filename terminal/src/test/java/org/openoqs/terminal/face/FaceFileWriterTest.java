package org.openoqs.terminal.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.wire.xml.ParsedXml;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.WireFormatException;
import org.openoqs.wire.xml.XmlMsgReader;

class FaceFileWriterTest {

    @TempDir Path dir;
    final Clock clock = Clock.fixed(Instant.parse("2026-04-01T00:30:15Z"), ZoneOffset.UTC); // 09:30:15 JST

    FaceFileWriter writer(ResultEncoding encoding) {
        return new FaceFileWriter(dir.resolve("face"), MedicalInstitutionCode.parse("1312345679"), encoding, clock,
                new XmlMsgReader());
    }

    @Test
    void writesInTheTerminalsEncodingUnderTheFaceNameInJapaneseTime() throws Exception {
        byte[] utf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader><SegmentOfResult>1</SegmentOfResult><CharacterCodeIdentifier>0</CharacterCodeIdentifier></MessageHeader><MessageBody><ResultList><ResultOfQualificationConfirmation><Name>髙橋　①子</Name></ResultOfQualificationConfirmation></ResultList></MessageBody></XmlMsg>"
                .getBytes(StandardCharsets.UTF_8);
        FaceFileWriter.Written written = writer(ResultEncoding.SHIFT_JIS).write(utf8);

        assertThat(written.name().fileName()).matches("OQSsiquc01res_face_1312345679[0-9a-f]{20}_20260401093015\\.xml");
        ParsedXml file = new XmlMsgReader().read(written.path());
        assertThat(file.declaredEncoding()).isEqualTo("Shift_JIS");
        assertThat(file.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
        assertThat(file.root().pathText("MessageBody/ResultList/ResultOfQualificationConfirmation/Name")).isEqualTo("髙橋　①子");
        try (Stream<Path> files = Files.list(dir.resolve("face"))) {
            assertThat(files).as("no temporary file left").containsExactly(written.path());
        }
    }

    @Test
    void writesNothingForAnAnswerThatIsNotAnXmlMsg() {
        assertThatThrownBy(() -> writer(ResultEncoding.UTF_8).write("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WireFormatException.class);
        assertThat(dir.resolve("face")).doesNotExist();
    }
}
