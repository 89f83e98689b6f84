package org.openoqs.wire.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlMsgReaderTest {

    private static final Charset MS932 = Charset.forName("MS932");
    private static final String REQUEST = "OQSsiquc01req_202504011030001.xml";

    private final XmlMsgReader reader = new XmlMsgReader();

    static byte[] resource(String name) {
        try (InputStream in = XmlMsgReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UTF-8 fixture re-encoded as a Shift_JIS file, declaration included, the way S4 writes them (CP932). */
    static byte[] asShiftJis(byte[] utf8Xml, String declaredName) {
        String text = new String(utf8Xml, StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"" + declaredName + "\"");
        return text.getBytes(MS932);
    }

    @Test
    void readsUtf8RequestKeepingLeadingZerosAndSpacePadding() {
        ParsedXml parsed = reader.read(resource(REQUEST));
        XmlNode root = parsed.root();

        assertThat(parsed.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(parsed.declaredEncoding()).isEqualTo("UTF-8");
        assertThat(root.name()).isEqualTo("XmlMsg");
        assertThat(root.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo("1312345678");
        assertThat(root.pathText("MessageHeader/ArbitraryFileIdentifier")).isEqualTo("202504011030001");
        XmlNode info = root.path("MessageBody/QualificationConfirmSearchInfo").orElseThrow();
        assertThat(info.childText("InsurerNumber")).isEqualTo("  131011");
        assertThat(info.childText("InsuredIdentificationNumber")).isEqualTo("0012345");
        assertThat(info.childText("InsuredBranchNumber")).isEqualTo("01");
        assertThat(info.childText("InsuredCardSymbol")).isEqualTo("１２－３４");
        assertThat(info.childText("ArbitraryIdentifier")).isEqualTo("髙﨑①㈱-000123");
    }

    @Test
    void dropsWhitespaceBetweenElements() {
        XmlNode header = reader.read(resource(REQUEST)).root().child("MessageHeader").orElseThrow();

        assertThat(header.text()).isNull();
        assertThat(header.children()).extracting(XmlNode::name).containsExactly(
                "QualificationConfirmationDate", "MedicalInstitutionCode", "ArbitraryFileIdentifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shift_JIS", "SJIS", "shift-jis", "MS932", "Windows-31J", "cp932", "SHIFT_JIS"})
    void readsShiftJisRequestWithNecAndIbmExtendedCharacters(String declaredName) {
        byte[] sjis = asShiftJis(resource(REQUEST), declaredName);

        ParsedXml parsed = reader.read(sjis);

        assertThat(parsed.encoding()).isEqualTo(MS932);
        assertThat(parsed.declaredEncoding()).isEqualTo(declaredName);
        assertThat(parsed.root()).isEqualTo(reader.read(resource(REQUEST)).root());
        assertThat(parsed.root().pathText("MessageBody/QualificationConfirmSearchInfo/ArbitraryIdentifier"))
                .isEqualTo("髙﨑①㈱-000123");
    }

    @Test
    void shiftJisFixtureReallyContainsExtendedCharactersStrictShiftJisLacks() {
        // Guards the test above: if these encoded in strict Shift_JIS, it would prove nothing about MS932.
        assertThat(Charset.forName("Shift_JIS").newEncoder().canEncode("髙")).isFalse();
        assertThat(MS932.newEncoder().canEncode("髙﨑①㈱")).isTrue();
    }

    @Test
    void toleratesAnyElementOrderAndUnknownElements() {
        XmlNode root = reader.read(resource("OQSsiquc01req_shuffled_unknown.xml")).root();

        assertThat(root.children()).extracting(XmlNode::name).containsExactly("MessageBody", "MessageHeader");
        assertThat(root.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo("1312345678");
        assertThat(root.pathText("MessageBody/QualificationConfirmSearchInfo/InsurerNumber")).isEqualTo("00131011");
        assertThat(root.pathText("MessageBody/QualificationConfirmSearchInfo/FutureField")).isEqualTo("x");
        assertThat(root.pathText("MessageBody/FutureBlock/Inner")).isEqualTo("1");
    }

    @Test
    void toleratesUtf8ByteOrderMark() {
        byte[] plain = resource(REQUEST);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(reader.read(withBom).root()).isEqualTo(reader.read(plain).root());
    }

    @Test
    void withoutDeclarationAssumesUtf8() {
        ParsedXml parsed = reader.read("<XmlMsg><A>髙</A></XmlMsg>".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(parsed.declaredEncoding()).isNull();
        assertThat(parsed.root().childText("A")).isEqualTo("髙");
    }

    @Test
    void keepsLeafTextExactlyIncludingWhitespaceEntitiesAndCdata() {
        String xml = "<XmlMsg><A> 01 </A><B>a &amp; b &lt;c&gt; &#x9AD9;</B><C><![CDATA[x<y]]></C><D/><E></E></XmlMsg>";

        XmlNode root = reader.read(xml.getBytes(StandardCharsets.UTF_8)).root();

        assertThat(root.childText("A")).isEqualTo(" 01 ");
        assertThat(root.childText("B")).isEqualTo("a & b <c> 髙");
        assertThat(root.childText("C")).isEqualTo("x<y");
        assertThat(root.childText("D")).isEmpty();
        assertThat(root.childText("E")).isEmpty();
    }

    @Test
    void ignoresAttributesCommentsAndProcessingInstructions() {
        String xml = "<?xml version=\"1.0\"?><?pi x?><XmlMsg v=\"1\"><!-- c --><A b=\"2\">1</A></XmlMsg>";

        XmlNode root = reader.read(xml.getBytes(StandardCharsets.UTF_8)).root();

        assertThat(root).isEqualTo(XmlNode.element("XmlMsg", XmlNode.leaf("A", "1")));
    }

    @Test
    void readsFromPathAndStream(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(REQUEST);
        Files.write(file, resource(REQUEST));
        XmlNode expected = reader.read(resource(REQUEST)).root();

        assertThat(reader.read(file).root()).isEqualTo(expected);
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(reader.read(in).root()).isEqualTo(expected);
        }
    }

    // ---- rejected input ----

    @Test
    void rejectsXxeWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE XmlMsg [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<XmlMsg><A>&e;</A></XmlMsg>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageStartingWith("line 2")
                .hasMessageNotContaining("TOP-SECRET")
                .satisfies(e -> assertThat(((XmlFormatException) e).line()).isEqualTo(2));
    }

    @Test
    void rejectsBillionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append(" <!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<XmlMsg>&lol9;</XmlMsg>");

        assertThatThrownBy(() -> reader.read(xml.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void rejectsExternalDtdReference() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE XmlMsg SYSTEM \"http://127.0.0.1:9/oqs.dtd\">\n<XmlMsg/>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void rejectsUndeclaredEntityReference() {
        String xml = "<XmlMsg>\n<A>&nbsp;</A></XmlMsg>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("nbsp")
                .satisfies(e -> assertThat(((XmlFormatException) e).line()).isEqualTo(2));
    }

    @Test
    void rejectsOversizedInputFromBytesAndEndlessStream() {
        XmlMsgReader small = new XmlMsgReader(XmlLimits.DEFAULTS.withMaxInputBytes(100));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> small.read(resource(REQUEST)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessage("input is larger than the limit of 100 bytes");
        assertThatThrownBy(() -> small.read(endless))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("larger than the limit");
    }

    @Test
    void rejectsOversizedFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("big.xml"), resource(REQUEST));

        assertThatThrownBy(() -> new XmlMsgReader(XmlLimits.DEFAULTS.withMaxInputBytes(100)).read(file))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("larger than the limit of 100 bytes");
    }

    @Test
    void rejectsTooDeepNesting() {
        String xml = "<a>".repeat(40) + "x" + "</a>".repeat(40);

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("nested deeper than 32 levels")
                .hasMessageStartingWith("line 1, column ");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        String xml = "<a>".repeat(32) + "x" + "</a>".repeat(32);

        assertThat(reader.read(xml.getBytes(StandardCharsets.UTF_8)).root().name()).isEqualTo("a");
    }

    @Test
    void rejectsTooManyElements() {
        XmlMsgReader small = new XmlMsgReader(XmlLimits.DEFAULTS.withMaxElements(5));
        String xml = "<XmlMsg>" + "<A>1</A>".repeat(5) + "</XmlMsg>";

        assertThatThrownBy(() -> small.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("more than 5 elements");
    }

    @Test
    void rejectsTooLongText() {
        XmlMsgReader small = new XmlMsgReader(XmlLimits.DEFAULTS.withMaxTextLength(10));
        String xml = "<XmlMsg><A>" + "x".repeat(11) + "</A></XmlMsg>";

        assertThatThrownBy(() -> small.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("text of <A> is longer than 10 characters");
    }

    @Test
    void rejectsUnclosedTagWithPosition() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<XmlMsg>\n  <MessageHeader>\n</XmlMsg>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageStartingWith("line 4")
                .hasMessageContaining("MessageHeader")
                .hasMessageNotContaining("ParseError");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(XmlFormatException.class);
    }

    @Test
    void rejectsShiftJisBytesDeclaredAsUtf8NamingTheEncodingAndLine() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<XmlMsg>\n<Name>髙橋</Name></XmlMsg>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(MS932)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageStartingWith("line 3, column 7: ")
                .hasMessageContaining("0xFB")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsInvalidShiftJisSequence() {
        byte[] head = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<XmlMsg><A>".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</A></XmlMsg>".getBytes(StandardCharsets.US_ASCII);
        byte[] xml = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, xml, 0, head.length);
        xml[head.length] = (byte) 0x81; // lead byte ...
        xml[head.length + 1] = (byte) 0x20; // ... followed by a byte no trail byte can be
        System.arraycopy(tail, 0, xml, head.length + 2, tail.length);

        assertThatThrownBy(() -> reader.read(xml))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageStartingWith("line 2, column 12: ")
                .hasMessageContaining("not valid Shift_JIS (decoded as MS932/Windows-31J)");
    }

    @Test
    void rejectsNonUtf8WithoutDeclarationSayingUtf8WasAssumed() {
        assertThatThrownBy(() -> reader.read("<XmlMsg>髙</XmlMsg>".getBytes(MS932)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("UTF-8 (no encoding declared)");
    }

    @Test
    void rejectsUnsupportedEncodings() {
        byte[] euc = "<?xml version=\"1.0\" encoding=\"EUC-JP\"?><XmlMsg/>".getBytes(StandardCharsets.US_ASCII);
        byte[] utf16 = "<XmlMsg/>".getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> reader.read(euc)).isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("unsupported encoding \"EUC-JP\"");
        assertThatThrownBy(() -> reader.read(utf16)).isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("UTF-16 is not supported");
    }

    @Test
    void rejectsBomContradictingDeclaration() {
        byte[] decl = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><XmlMsg/>".getBytes(StandardCharsets.US_ASCII);
        byte[] xml = new byte[decl.length + 3];
        xml[0] = (byte) 0xEF;
        xml[1] = (byte) 0xBB;
        xml[2] = (byte) 0xBF;
        System.arraycopy(decl, 0, xml, 3, decl.length);

        assertThatThrownBy(() -> reader.read(xml)).isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("byte order mark");
    }

    @Test
    void rejectsTextMixedWithChildElements() {
        String xml = "<XmlMsg>\n<A>1</A>stray</XmlMsg>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlFormatException.class)
                .hasMessageContaining("text mixed with child elements in <XmlMsg>");
    }
}
