package org.openoqs.jpki;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.Extension;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardRejectedException.Reason;

/**
 * The 基本4情報 (氏名, 生年月日, 性別, 住所) carried in a virtual card's certificate, as a private, non-critical
 * extension.
 *
 * <p><b>Not like the real card:</b> the real 利用者証明用電子証明書 carries no personal facts at all (the 署名用 one
 * does). Issue 4 has the insurer's linkage (紐付け) compare the card's 基本4情報 with its own record, and in OpenOQS the
 * card's certificate is the only thing the insurer receives, so the virtual certificate carries them [I]. The My Number
 * is not among them and never will be.
 *
 * <p>The extension's OID is {@value #OID_TEXT}: under OpenOQS's own arc {@code 2.25.<UUID as a decimal>}
 * (ITU-T X.667, registration-free), branch {@code .1}. Its value is the DER encoding of
 * <pre>
 * CardFacts ::= SEQUENCE {
 *     name       UTF8String,       -- 氏名 as on 住民票, full-width, e.g. "山田　太郎"
 *     birthdate  PrintableString,  -- 生年月日, yyyyMMdd (Gregorian)
 *     sex        PrintableString,  -- 性別, OQSCD007 code: "1" 男, "2" 女, "3" 未設定
 *     address    UTF8String }      -- 住所 as on 住民票
 * </pre>
 */
public final class CardFacts {
    /** OpenOQS's registration-free OID arc (a UUID chosen once for the project). */
    public static final String ARC_TEXT = "2.25.17120117390453781942267476135479688351";
    public static final String OID_TEXT = "2.25.17120117390453781942267476135479688351.1";
    public static final ASN1ObjectIdentifier OID = new ASN1ObjectIdentifier(OID_TEXT);
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private CardFacts() {}

    /** The non-critical extension for {@code facts}; a blank name or address is refused naming the OQS element. */
    public static Extension extension(BasicFourFacts facts) {
        requireText("Name", facts.name());
        requireText("Address", facts.address());
        ASN1Encodable[] fields = {
                new DERUTF8String(facts.name()),
                new DERPrintableString(facts.birthdate().format(YYYYMMDD)),
                new DERPrintableString(facts.sex().code()),
                new DERUTF8String(facts.address())};
        try {
            return new Extension(OID, false, new DERSequence(fields).getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the 基本4情報 extension", e);
        }
    }

    /** The 基本4情報 of a card certificate; {@link Reason#MALFORMED} when the extension is absent or not well formed. */
    public static BasicFourFacts read(X509Certificate certificate) {
        byte[] wrapped = certificate.getExtensionValue(OID_TEXT);
        if (wrapped == null) {
            throw malformed("the certificate carries no 基本4情報 extension (" + OID_TEXT + ")", null);
        }
        byte[] value;
        try {
            value = ASN1OctetString.getInstance(wrapped).getOctets();
        } catch (IllegalArgumentException e) {
            throw malformed("the 基本4情報 extension is not an OCTET STRING", e);
        }
        return decode(value);
    }

    /** Decodes the extension's value (the DER inside the OCTET STRING). */
    static BasicFourFacts decode(byte[] der) {
        try {
            return fields(ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der)));
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw malformed("the 基本4情報 extension is not well formed: " + e.getMessage(), e);
        }
    }

    private static BasicFourFacts fields(ASN1Sequence sequence) {
        if (sequence.size() != 4) {
            throw malformed("the 基本4情報 extension has " + sequence.size() + " fields, expected 4", null);
        }
        String name = ASN1UTF8String.getInstance(sequence.getObjectAt(0)).getString();
        String birthdate = ASN1PrintableString.getInstance(sequence.getObjectAt(1)).getString();
        String sex = ASN1PrintableString.getInstance(sequence.getObjectAt(2)).getString();
        String address = ASN1UTF8String.getInstance(sequence.getObjectAt(3)).getString();
        if (name.isBlank() || address.isBlank()) throw malformed("the 基本4情報 extension has a blank Name or Address", null);
        return new BasicFourFacts(name, birthdate(birthdate),
                OqsCode.find(Sex.class, sex).orElseThrow(() -> malformed("unknown Sex1 code in the 基本4情報 extension", null)),
                address);
    }

    private static LocalDate birthdate(String text) {
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw malformed("Birthdate in the 基本4情報 extension is not a yyyyMMdd date", e);
        }
    }

    private static void requireText(String element, String value) {
        if (value.isBlank()) throw new IllegalArgumentException(element + " must not be blank");
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(element + " must not contain control characters");
        }
    }

    private static CardRejectedException malformed(String message, Throwable cause) {
        return new CardRejectedException(Reason.MALFORMED, message, cause);
    }
}
