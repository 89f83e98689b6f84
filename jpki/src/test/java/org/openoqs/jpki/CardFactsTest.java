package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardRejectedException.Reason;

class CardFactsTest {

    @Test
    void theExtensionIsNonCriticalUnderOpenOqsArc() {
        Extension extension = CardFacts.extension(TestJpki.YAMADA);
        assertThat(extension.isCritical()).isFalse();
        assertThat(extension.getExtnId().getId()).isEqualTo(CardFacts.OID_TEXT).startsWith(CardFacts.ARC_TEXT + ".");
    }

    @Test
    void fullWidthNamesAndAddressesSurviveTheCertificate() {
        BasicFourFacts facts = new BasicFourFacts("髙橋　𠮷子", LocalDate.of(2000, 2, 29), Sex.FEMALE,
                "大阪府大阪市北区梅田３丁目１番１号　グランドハイツ梅田１０１号室");
        VirtualCard card = TestJpki.authority().issue(facts, "9876", "face-takahashi", TestJpki.ISSUED_ON);
        assertThat(CardFacts.read(card.certificate())).isEqualTo(facts);
    }

    @Test
    void extensionValueRoundTrip() throws Exception {
        BasicFourFacts facts = new BasicFourFacts("ＡＢＣ　●子", LocalDate.of(1931, 12, 31), Sex.UNSET, "北海道札幌市中央区");
        byte[] value = CardFacts.extension(facts).getExtnValue().getOctets();
        assertThat(CardFacts.decode(value)).isEqualTo(facts);
    }

    @Test
    void aCertificateWithoutTheExtensionIsMalformed() {
        assertThatThrownBy(() -> CardFacts.read(TestJpki.authority().caCertificate()))
                .isInstanceOfSatisfying(CardRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageContaining(CardFacts.OID_TEXT);
    }

    @Test
    void badContentIsMalformed() throws Exception {
        assertMalformed(new byte[] {0x30, 0x03, 0x01}, "not well formed");
        assertMalformed(sequence(new DERUTF8String("山田"), new DERPrintableString("19800415"), new DERPrintableString("1")),
                "3 fields");
        assertMalformed(sequence(new DERUTF8String("山田"), new DERPrintableString("19800230"), new DERPrintableString("1"),
                new DERUTF8String("東京都")), "Birthdate");
        assertMalformed(sequence(new DERUTF8String("山田"), new DERPrintableString("19800415"), new DERPrintableString("9"),
                new DERUTF8String("東京都")), "Sex1");
        assertMalformed(sequence(new DERUTF8String("山田"), new DERPrintableString("19800415"), new ASN1Integer(1),
                new DERUTF8String("東京都")), "not well formed");
        assertMalformed(sequence(new DERUTF8String(" "), new DERPrintableString("19800415"), new DERPrintableString("1"),
                new DERUTF8String("東京都")), "blank");
    }

    @Test
    void blankOrControlCharactersAreRefusedWhenIssuing() {
        assertThatThrownBy(() -> CardFacts.extension(new BasicFourFacts("　", LocalDate.of(1980, 1, 1), Sex.MALE, "東京都")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Name");
        assertThatThrownBy(() -> CardFacts.extension(new BasicFourFacts("山田", LocalDate.of(1980, 1, 1), Sex.MALE, "東京都\n港区")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Address");
    }

    private static byte[] sequence(ASN1Encodable... fields) throws Exception {
        return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
    }

    private static void assertMalformed(byte[] der, String message) {
        assertThatThrownBy(() -> CardFacts.decode(der))
                .isInstanceOfSatisfying(CardRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageContaining(message);
    }
}
