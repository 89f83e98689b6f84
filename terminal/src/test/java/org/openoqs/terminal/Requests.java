package org.openoqs.terminal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.openoqs.wire.xml.ResultEncoding;

/** Request files as EHRs write them. */
final class Requests {

    private Requests() {
    }

    static byte[] siquc01(String insuredName) {
        return siquc01(StandardCharsets.UTF_8, "UTF-8", insuredName);
    }

    static byte[] siquc01ShiftJis(String insuredName) {
        return siquc01(ResultEncoding.SHIFT_JIS.charset(), "Shift_JIS", insuredName);
    }

    private static byte[] siquc01(Charset charset, String declared, String comment) {
        return ("<?xml version=\"1.0\" encoding=\"" + declared + "\" standalone=\"no\"?>\n"
                + "<XmlMsg>\n"
                + "  <MessageHeader>\n"
                + "    <QualificationConfirmationDate>20250401</QualificationConfirmationDate>\n"
                + "    <MedicalInstitutionCode>1310000001</MedicalInstitutionCode>\n"
                + "    <ArbitraryFileIdentifier>" + comment + "</ArbitraryFileIdentifier>\n"
                + "  </MessageHeader>\n"
                + "  <MessageBody>\n"
                + "    <QualificationConfirmSearchInfo>\n"
                + "      <InsurerNumber>  131011</InsurerNumber>\n"
                + "      <InsuredIdentificationNumber>1234</InsuredIdentificationNumber>\n"
                + "      <InsuredBranchNumber>01</InsuredBranchNumber>\n"
                + "      <Birthdate>19800101</Birthdate>\n"
                + "      <LimitApplicationCertificateRelatedConsFlg>0</LimitApplicationCertificateRelatedConsFlg>\n"
                + "    </QualificationConfirmSearchInfo>\n"
                + "  </MessageBody>\n"
                + "</XmlMsg>\n").getBytes(charset);
    }

    /**
     * A YZKsiquc01req / TKKsiquc01req as S4 writes it (Shift_JIS): the insurance keys in the header under their own
     * names, no QualificationConfirmSearchInfo.
     */
    static byte[] medicalInformationShiftJis(String symbol) {
        return ("<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?>\n"
                + "<XmlMsg>\n"
                + "  <MessageHeader>\n"
                + "    <MedicalInstitutionCode>1310000001</MedicalInstitutionCode>\n"
                + "    <InsurerNumber>06131239</InsurerNumber>\n"
                + "    <InsuranceCardSymbol>" + symbol + "</InsuranceCardSymbol>\n"
                + "    <InsuredPersonIdentificationNumber>1001</InsuredPersonIdentificationNumber>\n"
                + "    <BranchNumber>00</BranchNumber>\n"
                + "    <ArbitraryFileIdentifier>yzk-1</ArbitraryFileIdentifier>\n"
                + "  </MessageHeader>\n"
                + "  <MessageBody>\n"
                + "    <StartDate>20250101</StartDate>\n"
                + "    <EndDate>20251231</EndDate>\n"
                + "    <FileCategory>2</FileCategory>\n"
                + "    <PrDiInfClassification>1</PrDiInfClassification>\n"
                + "    <MedicalTreatmentFlag>1</MedicalTreatmentFlag>\n"
                + "  </MessageBody>\n"
                + "</XmlMsg>\n").getBytes(ResultEncoding.SHIFT_JIS.charset());
    }

    static byte[] xxe() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE XmlMsg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<XmlMsg><MessageHeader><ArbitraryFileIdentifier>&x;</ArbitraryFileIdentifier></MessageHeader></XmlMsg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE XmlMsg [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return ("<?xml version=\"1.0\"?>\n" + dtd + "<XmlMsg><MessageBody>&a9;</MessageBody></XmlMsg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] malformed() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader></XmlMsg>"
                .getBytes(StandardCharsets.UTF_8);
    }
}
