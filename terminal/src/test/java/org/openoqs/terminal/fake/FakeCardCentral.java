package org.openoqs.terminal.fake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Sex;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentPolicy;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardRejectedException;
import org.openoqs.jpki.CardVerifier;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.CrlSource;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VerifiedCard;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.terminal.face.OqsTimes;
import org.openoqs.wire.card.CardChallenge;
import org.openoqs.wire.card.CardConfirmationRequest;
import org.openoqs.wire.qualification.ConfirmationResultBody;
import org.openoqs.wire.qualification.ConfirmationResultHeader;
import org.openoqs.wire.qualification.ResultItem;
import org.openoqs.wire.qualification.ResultOfQualificationConfirmation;
import org.openoqs.wire.qualification.SingleConfirmationResult;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlMsgWriter;
import org.openoqs.wire.xml.XmlNode;

/**
 * A real HTTP server on 127.0.0.1 that implements central's card API honestly, for terminal tests: random one-time
 * challenges bound to the institution, card verification with jpki's {@link CardVerifier} (chain, validity, CRL,
 * signature over the challenge), consent recording with {@link ConsentPolicy}, OQSsiquc01res answers built from the
 * typed wire records, and YZK/TKK answers that are given only while the institution holds an effective consent.
 * Cards are issued by its own virtual J-LIS into a wallet.
 */
public final class FakeCardCentral implements AutoCloseable {

    /** The insurance facts central holds for a linked card. */
    public record Insured(String name, String nameKana, LocalDate birthdate, Sex sex, String address,
                          String insurerNumber, String insurerName, String symbol, String number, String branch) {
    }

    /** A recorded confirmation request. */
    public record Confirmation(CardConfirmationRequest request, String encoding, String segmentOfResult) {
    }

    private record Issued(byte[] bytes, LocalDateTime expiresAt, String institution) {
    }

    private record Consent(String institution, LocalDateTime availableTime, boolean untilWithdrawn) {
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public final List<Confirmation> confirmations = new CopyOnWriteArrayList<>();
    public final List<String> medicalRequests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final JpkiAuthority authority;
    private final CardWallet wallet;
    private final CardVerifier verifier;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> challenges = new ConcurrentHashMap<>();
    private final Map<String, Insured> linked = new ConcurrentHashMap<>();
    private final Map<String, Map<ConsentCategory, Consent>> consents = new ConcurrentHashMap<>();
    private final OqsMessageCodec codec = new OqsMessageCodec();
    private volatile Duration challengeValidity = Duration.ofMinutes(5);

    private FakeCardCentral(Path dir, Clock clock) throws IOException {
        this.clock = clock;
        this.authority = JpkiAuthority.createOrLoad(dir.resolve("jpki"), clock);
        this.wallet = new CardWallet(dir.resolve("wallet"));
        this.verifier = new CardVerifier(authority.caCertificate(), CrlSource.file(authority.crlFile()), clock);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/card-confirmations", this::handle);
        server.createContext("/oqs/v1/messages/", this::handleMedical);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeCardCentral start(Path dir) throws IOException {
        return new FakeCardCentral(dir, Clock.systemDefaultZone());
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The folder of cards lying at the terminal's reader. */
    public Path walletDir() {
        return wallet.directory();
    }

    public void challengeValidity(Duration validity) {
        this.challengeValidity = validity;
    }

    /** Issues a card with PIN {@code pin}, puts it in the wallet and links it to {@code insured}. */
    public VirtualCard issueLinkedCard(Insured insured, String pin) {
        VirtualCard card = authority.issue(new BasicFourFacts(insured.name(), insured.birthdate(), insured.sex(),
                insured.address()), pin, "face-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(clock));
        wallet.save(card);
        linked.put(card.certificateSerial(), insured);
        return card;
    }

    public void revoke(VirtualCard card) {
        authority.revoke(new BigInteger(card.certificateSerial(), 16));
    }

    public VirtualCard card(String cardId) {
        return wallet.find(cardId).orElseThrow();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- card API ------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=UTF-8", "POST only".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/api/v1/card-confirmations/challenges")) {
                challenge(exchange, body);
            } else if (path.equals("/api/v1/card-confirmations")) {
                confirm(exchange, body);
            } else {
                send(exchange, 404, "text/plain; charset=UTF-8", "no such endpoint".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void challenge(HttpExchange exchange, byte[] body) throws IOException {
        String institution = JSON.readTree(body).path("MedicalInstitutionCode").asText("");
        if (!institution.matches("\\d{10}")) {
            send(exchange, 400, "text/plain; charset=UTF-8", "MedicalInstitutionCode is required".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = UUID.randomUUID().toString();
        LocalDateTime expires = now().plus(challengeValidity);
        challenges.put(id, new Issued(bytes, expires, institution));
        CardChallenge challenge = new CardChallenge(id, Base64.getEncoder().encodeToString(bytes), OqsTimes.format(expires));
        send(exchange, 201, "application/json", JSON.writeValueAsBytes(challenge));
    }

    private void confirm(HttpExchange exchange, byte[] body) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        ResultEncoding encoding = query != null && query.contains("Shift_JIS") ? ResultEncoding.SHIFT_JIS : ResultEncoding.UTF_8;
        CardConfirmationRequest request = JSON.readValue(body, CardConfirmationRequest.class);
        SingleConfirmationResult result = answer(request, encoding);
        confirmations.add(new Confirmation(request, encoding.declarationName(), result.messageHeader().segmentOfResult()));
        send(exchange, 200, "application/xml; charset=" + encoding.declarationName(), codec.writeXml(result, encoding));
    }

    private SingleConfirmationResult answer(CardConfirmationRequest request, ResultEncoding encoding) {
        Issued issued = request.challengeId() == null ? null : challenges.remove(request.challengeId());
        if (issued == null || !issued.institution().equals(request.medicalInstitutionCode())) {
            return refusal(request, encoding, "EC01", "チャレンジが無効です（不明または使用済み）");
        }
        if (!now().isBefore(issued.expiresAt())) {
            return refusal(request, encoding, "EC02", "チャレンジの有効期限が切れています");
        }
        VerifiedCard card;
        try {
            byte[] certificate = Base64.getDecoder().decode(request.certificate());
            boolean visual = VerificationMethod.VISUAL.code().equals(request.verificationMethod());
            if (visual && request.signature() != null) {
                return refusal(request, encoding, "EC03", "目視確認に署名は付きません");
            }
            card = visual ? verifier.verifyCertificate(certificate)
                    : verifier.verify(certificate, issued.bytes(), Base64.getDecoder().decode(String.valueOf(request.signature())));
        } catch (CardRejectedException e) {
            return refusal(request, encoding, "EC1" + e.reason().ordinal(), switch (e.reason()) {
                case REVOKED -> "このマイナンバーカードの電子証明書は失効しています";
                case EXPIRED -> "このマイナンバーカードの電子証明書は有効期限が切れています";
                case BAD_SIGNATURE -> "カードの署名を確認できませんでした";
                default -> "このマイナンバーカードは確認できません";
            });
        } catch (IllegalArgumentException e) {
            return refusal(request, encoding, "EC04", "要求の形式が正しくありません");
        }
        Insured insured = linked.get(card.certificateSerial());
        if (insured == null) {
            return refusal(request, encoding, "EC05", "このマイナンバーカードは保険資格と紐付けされていません");
        }
        LocalDateTime consTime = now();
        CareSetting care = CareSetting.valueOf(request.careSetting());
        ResultOfQualificationConfirmation person = person(insured);
        Map<ConsentCategory, Consent> recorded = consents.computeIfAbsent(key(insured), k -> new ConcurrentHashMap<>());
        for (Map.Entry<String, String> consent : request.consents().entrySet()) {
            ConsentCategory category = ConsentCategory.byConsFlgElement(consent.getKey()).orElseThrow();
            LocalDateTime available = ConsentPolicy.DEFAULT.availableTime(category, care, consTime);
            person = person.withConsent(category, consent.getValue(), OqsTimes.format(consTime),
                    available == null ? null : OqsTimes.format(available));
            if ("1".equals(consent.getValue())) {
                recorded.put(category, new Consent(request.medicalInstitutionCode(), available, available == null));
            } else {
                recorded.remove(category);
            }
        }
        return new SingleConfirmationResult(header(request, encoding, "1", null, null),
                new ConfirmationResultBody("1", null, null, "1", null, request.prescriptionIssueSelect(),
                        List.of(new ResultItem(person))));
    }

    private ResultOfQualificationConfirmation person(Insured insured) {
        ResultOfQualificationConfirmation.Builder b = new ResultOfQualificationConfirmation.Builder();
        b.insuredCardClassification = "01";
        b.insurerNumber = String.format("%8s", insured.insurerNumber());
        b.insuredCardSymbol = insured.symbol();
        b.insuredIdentificationNumber = insured.number();
        b.insuredBranchNumber = insured.branch();
        b.personalFamilyClassification = "1";
        b.name = insured.name();
        b.nameKana = insured.nameKana();
        b.sex1 = insured.sex().code();
        b.birthdate = OqsDates.format(insured.birthdate());
        b.insurerName = insured.insurerName();
        b.insuredPartialContributionRatio = "030";
        return b.build();
    }

    private SingleConfirmationResult refusal(CardConfirmationRequest request, ResultEncoding encoding, String code,
            String message) {
        return new SingleConfirmationResult(header(request, encoding, "9", code, message),
                new ConfirmationResultBody("2", null, null, null, null, null, null));
    }

    private ConfirmationResultHeader header(CardConfirmationRequest request, ResultEncoding encoding, String segment,
            String code, String message) {
        return new ConfirmationResultHeader(OqsTimes.format(now()),
                request.qualificationConfirmationDate() != null ? request.qualificationConfirmationDate()
                        : OqsDates.format(now().toLocalDate()),
                request.medicalInstitutionCode(), request.arbitraryFileIdentifier(), "1", segment, code, message,
                encoding.characterCodeIdentifier());
    }

    // ---- YZK / TKK -----------------------------------------------------------------------------------------------

    private void handleMedical(HttpExchange exchange) throws IOException {
        try (exchange) {
            String messageId = exchange.getRequestURI().getPath().substring("/oqs/v1/messages/".length());
            String query = exchange.getRequestURI().getQuery();
            ResultEncoding encoding = query != null && query.contains("Shift_JIS") ? ResultEncoding.SHIFT_JIS : ResultEncoding.UTF_8;
            XmlNode request = new XmlMsgReader().read(exchange.getRequestBody().readAllBytes()).root();
            medicalRequests.add(messageId);
            ConsentCategory category = ConsentCategory.byInfoTypeCode(messageId.substring(0, 3)).orElse(null);
            if (category == null || !messageId.endsWith("siquc01req")) {
                send(exchange, 400, "text/plain; charset=UTF-8", ("unsupported " + messageId).getBytes(StandardCharsets.UTF_8));
                return;
            }
            XmlNode header = request.child("MessageHeader").orElseThrow();
            Optional<Insured> insured = linked.values().stream().filter(i ->
                    i.insurerNumber().equals(header.childTextTrimmed("InsurerNumber"))
                            && i.number().equals(header.childText("InsuredPersonIdentificationNumber"))
                            && i.branch().equals(header.childText("BranchNumber"))).findFirst();
            Consent consent = insured.map(i -> consents.getOrDefault(key(i), Map.of()).get(category)).orElse(null);
            String institution = header.childText("MedicalInstitutionCode");
            XmlNode answer;
            if (consent == null || !consent.institution().equals(institution)
                    || (!consent.untilWithdrawn() && !now().isBefore(consent.availableTime()))) {
                answer = XmlNode.element("XmlMsg", XmlNode.element("MessageHeader", XmlNode.leaf("ResultCode", "2"),
                        XmlNode.leaf("MessageContents", "閲覧の同意が確認できません。カードリーダーで同意を取得してください。")));
            } else {
                answer = category == ConsentCategory.PHARMACISTS_INFO ? drugs(insured.get()) : checkups(insured.get());
            }
            send(exchange, 200, "application/xml; charset=" + encoding.declarationName(),
                    new XmlMsgWriter().write(answer, encoding));
        }
    }

    /** Two months of 薬剤情報, children deliberately not in spec order. */
    private static XmlNode drugs(Insured insured) {
        return XmlNode.element("XmlMsg",
                XmlNode.element("MessageHeader", XmlNode.element("QuaInf", XmlNode.leaf("Name", insured.name()),
                        XmlNode.leaf("KanaName", insured.nameKana())), XmlNode.leaf("ResultCode", "1")),
                XmlNode.element("MessageBody",
                        XmlNode.element("MeTrMonthInf",
                                XmlNode.element("DiDateInfs", XmlNode.element("DiDateInf",
                                        XmlNode.element("DrugInfs",
                                                drug("アムロジピン錠５ｍｇ", "1", "錠", "1日1回朝食後", "28"),
                                                drug("ロスバスタチン錠２．５ｍｇ", "1", "錠", "1日1回夕食後", "28")),
                                        XmlNode.leaf("DiDate", "20260305"), XmlNode.leaf("PrDate", "20260304"))),
                                XmlNode.leaf("MeTrMonth", "202603"), XmlNode.leaf("MeTrDiHNm", "さくら薬局")),
                        XmlNode.element("MeTrMonthInf", XmlNode.leaf("MeTrMonth", "202601"),
                                XmlNode.leaf("MeTrDiHNm", "さくら薬局"),
                                XmlNode.element("DiDateInfs", XmlNode.element("DiDateInf",
                                        XmlNode.leaf("DiDate", "20260110"),
                                        XmlNode.element("DrugInfs", drug("カロナール錠２００", "2", "錠", "頓用", "5")))))));
    }

    private static XmlNode drug(String name, String quantity, String unit, String usage, String times) {
        return XmlNode.element("DrugInf", XmlNode.leaf("DrugN", name), XmlNode.leaf("Qua1", quantity),
                XmlNode.leaf("Unit", unit), XmlNode.leaf("UsageN", usage), XmlNode.leaf("Times", times));
    }

    private static XmlNode checkups(Insured insured) {
        List<XmlNode> items = new ArrayList<>();
        items.add(XmlNode.element("HealthCheckupResultAndQuestionInfo", XmlNode.leaf("ItemName", "収縮期血圧"),
                XmlNode.leaf("DataValue", "128"), XmlNode.leaf("Unit", "mmHg")));
        items.add(XmlNode.element("HealthCheckupResultAndQuestionInfo", XmlNode.leaf("ItemName", "HbA1c"),
                XmlNode.leaf("DataValue", "5.6"), XmlNode.leaf("Unit", "%")));
        return XmlNode.element("XmlMsg",
                XmlNode.element("MessageHeader", XmlNode.element("QualificationsInfo",
                        XmlNode.leaf("Name", insured.name())), XmlNode.leaf("ResultCode", "1")),
                XmlNode.element("MessageBody", XmlNode.element("SpecificHealthCheckupInfo",
                        XmlNode.leaf("EffectiveTime", "20250610"),
                        XmlNode.element("HealthCheckupResultAndQuestionInfos", items))));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(JAPAN)).withNano(0);
    }

    private static String key(Insured insured) {
        return insured.insurerNumber() + "/" + insured.number() + "/" + insured.branch();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    /** Sample persons for tests. */
    public static Insured sample(String name, String kana, String number) {
        return new Insured(name, kana, LocalDate.of(1980, 5, 17), OqsCode.parse(Sex.class, "Sex1", "2"),
                "東京都千代田区千代田１－１", "06130012", "全国健康保険協会東京支部", "１２３", number, "01");
    }
}
