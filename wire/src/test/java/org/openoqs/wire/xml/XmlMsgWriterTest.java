package org.openoqs.wire.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XmlMsgWriterTest {

    private static final Charset MS932 = Charset.forName("MS932");

    private final XmlMsgWriter writer = new XmlMsgWriter();
    private final XmlMsgReader reader = new XmlMsgReader();

    private static XmlNode result(String name) {
        return XmlNode.element("XmlMsg",
                XmlNode.element("MessageHeader",
                        XmlNode.leaf("SegmentOfResult", "1"),
                        XmlNode.leaf("CharacterCodeIdentifier", "1")),
                XmlNode.element("MessageBody",
                        XmlNode.element("ResultList",
                                XmlNode.element("ResultOfQualificationConfirmation",
                                        XmlNode.leaf("InsurerNumber", "  131011"),
                                        XmlNode.leaf("Name", name),
                                        XmlNode.leaf("InsuredPartialContributionRatio", "030")))));
    }

    @Test
    void writesExactUtf8DocumentWithStandaloneNoAndTwoSpaceIndent() {
        XmlNode root = XmlNode.element("XmlMsg",
                XmlNode.element("MessageHeader", XmlNode.leaf("SegmentOfResult", "1")),
                XmlNode.element("MessageBody", XmlNode.leaf("InsurerNumber", "  131011"), XmlNode.leaf("Empty", "")));

        String written = new String(writer.write(root, ResultEncoding.UTF_8), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <XmlMsg>
                  <MessageHeader>
                    <SegmentOfResult>1</SegmentOfResult>
                  </MessageHeader>
                  <MessageBody>
                    <InsurerNumber>  131011</InsurerNumber>
                    <Empty/>
                  </MessageBody>
                </XmlMsg>
                """);
    }

    @Test
    void writesShiftJisDeclarationAndMs932BytesWithoutBom() {
        byte[] bytes = writer.write(result("髙﨑　①子"), ResultEncoding.SHIFT_JIS);

        assertThat(new String(bytes, MS932)).startsWith(
                "<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?>\n<XmlMsg>\n");
        assertThat(new String(bytes, MS932)).contains("<Name>髙﨑　①子</Name>");
        assertThat(bytes[0]).isEqualTo((byte) '<');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("髙"); // really MS932 bytes
    }

    @Test
    void utf8OutputHasNoBom() {
        byte[] bytes = writer.write(result("山田"), ResultEncoding.UTF_8);

        assertThat(bytes[0]).isEqualTo((byte) '<');
    }

    @ParameterizedTest
    @EnumSource(ResultEncoding.class)
    void roundTripsThroughTheReaderUnchanged(ResultEncoding encoding) {
        XmlNode root = result("髙﨑　①子 ㈱ & <株> \"q\" 'a'");

        ParsedXml parsed = reader.read(writer.write(root, encoding));

        assertThat(parsed.root()).isEqualTo(root);
        assertThat(parsed.encoding()).isEqualTo(encoding.charset());
        assertThat(parsed.declaredEncoding()).isEqualTo(encoding.declarationName());
    }

    @Test
    void escapesMarkupCharactersInText() {
        XmlNode root = XmlNode.element("XmlMsg", XmlNode.leaf("InsuredCardSymbol", "A&B<C>D]]>"));

        String written = new String(writer.write(root, ResultEncoding.UTF_8), StandardCharsets.UTF_8);

        assertThat(written).contains("<InsuredCardSymbol>A&amp;B&lt;C&gt;D]]&gt;</InsuredCardSymbol>");
    }

    @Test
    void keepsCarriageReturnsAcrossARoundTrip() {
        XmlNode root = XmlNode.element("XmlMsg", XmlNode.leaf("ErrorMessage", "line1\r\nline2"));

        byte[] bytes = writer.write(root, ResultEncoding.UTF_8);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("line1&#13;\nline2");
        assertThat(reader.read(bytes).root()).isEqualTo(root);
    }

    @Test
    void replacesCharactersMs932LacksWithBlackCircle() {
        String written = new String(writer.write(result("𠮷野😀家"), ResultEncoding.SHIFT_JIS), MS932);

        assertThat(written).contains("<Name>●野●家</Name>");
    }

    @Test
    void utf8KeepsCharactersOutsideMs932() {
        String written = new String(writer.write(result("𠮷野😀家"), ResultEncoding.UTF_8), StandardCharsets.UTF_8);

        assertThat(written).contains("<Name>𠮷野😀家</Name>");
    }

    @Test
    void utf8ReplacesALoneSurrogateAndKeepsPairs() {
        String written = new String(writer.write(result("a\uD842b\uDFB7c𠮷"), ResultEncoding.UTF_8), StandardCharsets.UTF_8);

        assertThat(written).contains("<Name>a●b●c𠮷</Name>");
    }

    @Test
    void shiftJisReplacesALoneSurrogateOnce() {
        String written = new String(writer.write(result("a\uD842b\uDFB7c"), ResultEncoding.SHIFT_JIS), MS932);

        assertThat(written).contains("<Name>a●b●c</Name>");
    }

    @Test
    void replacementIsConfigurable() {
        String written = new String(writer.write(result("𠮷野"), ResultEncoding.SHIFT_JIS, "〓"), MS932);

        assertThat(written).contains("<Name>〓野</Name>");
    }

    @Test
    void rejectsReplacementTheEncodingCannotCarryOrThatIsMarkup() {
        assertThatThrownBy(() -> writer.write(result("x"), ResultEncoding.SHIFT_JIS, "😀"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.write(result("x"), ResultEncoding.UTF_8, "<"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacesControlCharactersXmlCannotCarrySoTheOutputStillParses() {
        XmlNode root = XmlNode.element("XmlMsg", XmlNode.leaf("Name", "a\u0001b\tc"));

        byte[] bytes = writer.write(root, ResultEncoding.UTF_8);

        assertThat(reader.read(bytes).root().childText("Name")).isEqualTo("a●b\tc");
    }

    @Test
    void writesEveryElementGivenInOrder() {
        XmlNode root = XmlNode.element("XmlMsg",
                XmlNode.leaf("B", "2"), XmlNode.leaf("A", "1"), XmlNode.leaf("B", "3"), XmlNode.leaf("Empty", ""));

        String written = new String(writer.write(root, ResultEncoding.UTF_8), StandardCharsets.UTF_8);

        assertThat(written).containsSubsequence("<B>2</B>", "<A>1</A>", "<B>3</B>", "<Empty/>");
    }

    @Test
    void resultEncodingCarriesCharsetDeclarationNameAndOqscd005Code() {
        assertThat(ResultEncoding.UTF_8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ResultEncoding.UTF_8.declarationName()).isEqualTo("UTF-8");
        assertThat(ResultEncoding.UTF_8.characterCodeIdentifier()).isEqualTo("0");
        assertThat(ResultEncoding.SHIFT_JIS.charset()).isEqualTo(MS932);
        assertThat(ResultEncoding.SHIFT_JIS.declarationName()).isEqualTo("Shift_JIS");
        assertThat(ResultEncoding.SHIFT_JIS.characterCodeIdentifier()).isEqualTo("1");
    }
}
