package org.openoqs.terminal.viewer;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.terminal.CentralClient;
import org.openoqs.terminal.face.ArbitraryFileIdentifiers;
import org.openoqs.terminal.face.FaceResult;
import org.openoqs.terminal.kiosk.KioskSettingsStore;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.WireFormatException;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlMsgWriter;
import org.openoqs.wire.xml.XmlNode;

/**
 * Asks central for a patient's 薬剤情報 or 特定健診情報 with the same {@code YZKsiquc01req}/{@code TKKsiquc01req} an EHR
 * drops into {@code req}, over the same endpoint ({@link CentralClient}), so central applies the same consent check and
 * audits the view the same way. Nothing is cached: every view is a request.
 *
 * <p>The request carries the insurance keys in its header under the YZK/TKK names (InsuranceCardSymbol,
 * InsuredPersonIdentificationNumber, BranchNumber) and asks for XML ({@code FileCategory 2}) [C] reference §2.7;
 * {@code MedicalTreatmentFlag} follows the card reader's care setting.
 */
public final class MedicalInformationService {

    /**
     * Central's answer: the result tree when {@code ResultCode} is 1, otherwise central's own text, shown verbatim.
     *
     * @param root the result; null when refused or failed
     * @param refusal central's MessageContents or error text; null on success
     * @param unreachable true when central could not be asked at all
     */
    public record Answer(XmlNode root, String refusal, boolean unreachable) {
        public boolean ok() {
            return root != null;
        }
    }

    private static final System.Logger LOG = System.getLogger(MedicalInformationService.class.getName());
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final CentralClient central;
    private final XmlMsgReader reader;
    private final MedicalInstitutionCode institution;
    private final ResultEncoding encoding;
    private final KioskSettingsStore settings;
    private final Duration timeout;
    private final Clock clock;
    private final XmlMsgWriter writer = new XmlMsgWriter();

    public MedicalInformationService(CentralClient central, XmlMsgReader reader, MedicalInstitutionCode institution,
            ResultEncoding encoding, KioskSettingsStore settings, Duration timeout, Clock clock) {
        this.central = Objects.requireNonNull(central, "central");
        this.reader = reader;
        this.institution = institution;
        this.encoding = encoding;
        this.settings = settings;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * @param months how far back 薬剤情報 goes (ignored for 特定健診情報, which has no period in the request)
     * @param staffId who is looking, for the terminal's log
     */
    public Answer fetch(MedicalInformationKind kind, FaceResult.Person person, int months, String staffId) {
        byte[] request = writer.write(request(kind, person, months), ResultEncoding.UTF_8);
        String requestId = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.INFO, "viewer: {0} asks for {1} (request {2})", staffId, kind.messageId(), requestId);
        CentralClient.Reply reply;
        try {
            reply = central.exchange(kind.messageId(), request, encoding, requestId, timeout);
        } catch (IOException e) {
            return new Answer(null, "オンライン資格確認等システムに接続できませんでした（" + e.getClass().getSimpleName() + "）", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "中断されました", true);
        }
        if (reply.statusCode() != 200) {
            return new Answer(null, reply.bodyText().isEmpty() ? "HTTP " + reply.statusCode() : reply.bodyText(),
                    reply.statusCode() >= 500);
        }
        try {
            XmlNode root = reader.read(reply.body()).root();
            String resultCode = firstText(root, "ResultCode");
            if ("1".equals(resultCode)) {
                return new Answer(root, null, false);
            }
            String message = firstText(root, "MessageContents");
            return new Answer(null, message != null ? message : "情報を取得できませんでした（ResultCode " + resultCode + "）", false);
        } catch (WireFormatException e) {
            return new Answer(null, "応答を読み取れませんでした: " + e.getMessage(), false);
        }
    }

    XmlNode request(MedicalInformationKind kind, FaceResult.Person person, int months) {
        LocalDate today = LocalDate.now(clock.withZone(JAPAN));
        XmlNode header = XmlNode.builder("MessageHeader")
                .add("MedicalInstitutionCode", institution.value())
                .add("InsurerNumber", person.insurerNumber())
                .add("InsuranceCardSymbol", person.insuredCardSymbol())
                .add("InsuredPersonIdentificationNumber", person.insuredIdentificationNumber())
                .add("BranchNumber", person.insuredBranchNumber())
                .add("ArbitraryFileIdentifier", ArbitraryFileIdentifiers.next())
                .build();
        XmlNode.Builder body = XmlNode.builder("MessageBody");
        if (kind == MedicalInformationKind.DRUGS) {
            body.add("StartDate", OqsDates.format(today.minusMonths(months)))
                    .add("EndDate", OqsDates.format(today));
        }
        body.add("FileCategory", "2")
                .add("MedicalTreatmentFlag", settings.current().careSetting().treatmentFlag().code());
        return XmlNode.element("XmlMsg", header, body.build());
    }

    /** The first element of this name anywhere in the tree: the result layout varies, the name does not. */
    static String firstText(XmlNode node, String name) {
        if (node.name().equals(name) && node.isLeaf()) {
            String text = node.text().strip();
            return text.isEmpty() ? null : text;
        }
        for (XmlNode child : node.children()) {
            String found = firstText(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
