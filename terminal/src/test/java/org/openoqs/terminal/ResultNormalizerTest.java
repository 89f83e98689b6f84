package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openoqs.wire.xml.ParsedXml;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.WireFormatException;
import org.openoqs.wire.xml.XmlMsgReader;

class ResultNormalizerTest {

    private final XmlMsgReader reader = new XmlMsgReader();
    private final ResultNormalizer normalizer = new ResultNormalizer(reader);

    @Test
    void conformingResultIsPassedThroughByteForByte() {
        byte[] result = FakeCentral.result(ResultEncoding.SHIFT_JIS);

        assertThat(normalizer.normalize(result, ResultEncoding.SHIFT_JIS)).isSameAs(result);
    }

    @Test
    void utf8ResultIsReencodedToShiftJisWithMatchingCharacterCode() {
        byte[] out = normalizer.normalize(FakeCentral.result(ResultEncoding.UTF_8), ResultEncoding.SHIFT_JIS);

        ParsedXml parsed = reader.read(out);
        assertThat(parsed.declaredEncoding()).isEqualTo("Shift_JIS");
        assertThat(parsed.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
        assertThat(parsed.root().pathText("MessageBody/ResultList/ResultOfQualificationConfirmation/Name"))
                .isEqualTo(FakeCentral.RESULT_NAME);
        assertThat(new String(out, 0, 60, StandardCharsets.US_ASCII)).contains("standalone=\"no\"");
    }

    @Test
    void shiftJisResultIsReencodedToUtf8() {
        byte[] out = normalizer.normalize(FakeCentral.result(ResultEncoding.SHIFT_JIS), ResultEncoding.UTF_8);

        ParsedXml parsed = reader.read(out);
        assertThat(parsed.declaredEncoding()).isEqualTo("UTF-8");
        assertThat(parsed.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("0");
        assertThat(new String(out, StandardCharsets.UTF_8)).contains(FakeCentral.RESULT_NAME);
    }

    @Test
    void missingCharacterCodeOrStandaloneIsAdded() {
        byte[] bare = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader><SegmentOfResult>1"
                + "</SegmentOfResult></MessageHeader><MessageBody><X>01</X></MessageBody></XmlMsg>")
                .getBytes(StandardCharsets.UTF_8);

        byte[] out = normalizer.normalize(bare, ResultEncoding.UTF_8);

        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
        ParsedXml parsed = reader.read(out);
        assertThat(parsed.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("0");
        assertThat(parsed.root().pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
        assertThat(parsed.root().pathText("MessageBody/X")).isEqualTo("01");
    }

    @Test
    void wrongCharacterCodeIsCorrected() {
        byte[] wrong = new String(FakeCentral.result(ResultEncoding.UTF_8), StandardCharsets.UTF_8)
                .replace("<CharacterCodeIdentifier>0<", "<CharacterCodeIdentifier>2<").getBytes(StandardCharsets.UTF_8);

        byte[] out = normalizer.normalize(wrong, ResultEncoding.UTF_8);

        assertThat(reader.read(out).root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("0");
    }

    @Test
    void refusesBrokenOrForeignResults() {
        assertThatThrownBy(() -> normalizer.normalize("<XmlMsg>".getBytes(StandardCharsets.UTF_8),
                ResultEncoding.UTF_8)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> normalizer.normalize("<html/>".getBytes(StandardCharsets.UTF_8),
                ResultEncoding.UTF_8)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("html");
    }

    @Test
    void aDrugResultIsReencodedLikeAnyOther() {
        byte[] result = FakeCentral.drugResult(ResultEncoding.SHIFT_JIS, true);
        assertThat(normalizer.normalize(result, ResultEncoding.SHIFT_JIS)).isSameAs(result);

        ParsedXml parsed = reader.read(normalizer.normalize(result, ResultEncoding.UTF_8));
        assertThat(parsed.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("0");
        assertThat(parsed.root().pathText("MessageHeader/ResultCode")).isEqualTo("1");
        assertThat(parsed.root().pathText("MessageHeader/QuaInf/Name")).isEqualTo(FakeCentral.RESULT_NAME);
    }
}
