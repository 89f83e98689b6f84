package org.openoqs.terminal.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.terminal.CentralClient;
import org.openoqs.terminal.face.FaceResult;
import org.openoqs.terminal.kiosk.KioskSettings;
import org.openoqs.terminal.kiosk.KioskSettingsStore;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;

class MedicalInformationServiceTest {

    static final FaceResult.Person PERSON = new FaceResult.Person("髙橋　①子", null, "19800517", "2", "  131011", null,
            "１２３", "4567", "01", null, null, Map.of());
    @TempDir Path dir;
    final AtomicReference<String> messageId = new AtomicReference<>();
    final AtomicReference<XmlNode> sent = new AtomicReference<>();

    MedicalInformationService service(CentralClient.Reply reply, CareSetting care) {
        CentralClient central = (id, request, encoding, requestId, timeout) -> {
            messageId.set(id);
            sent.set(new XmlMsgReader().read(request).root());
            return reply;
        };
        KioskSettingsStore settings = new KioskSettingsStore(dir, new KioskSettings(care, EnumSet.of(ConsentCategory.PHARMACISTS_INFO), true));
        return new MedicalInformationService(central, new XmlMsgReader(), MedicalInstitutionCode.parse("1312345679"),
                ResultEncoding.UTF_8, settings, Duration.ofSeconds(5),
                Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC));
    }

    static CentralClient.Reply xml(String text) {
        return new CentralClient.Reply(200, text.getBytes(StandardCharsets.UTF_8), "application/xml");
    }

    @Test
    void aDrugRequestCarriesTheInsuranceKeysInTheHeaderUnderTheYzkNames() {
        MedicalInformationService.Answer answer = service(xml("<XmlMsg><MessageHeader><ResultCode>1</ResultCode></MessageHeader></XmlMsg>"),
                CareSetting.HOME_VISIT).fetch(MedicalInformationKind.DRUGS, PERSON, 12, "dr.sato");
        assertThat(answer.ok()).isTrue();
        assertThat(messageId.get()).isEqualTo("YZKsiquc01req");
        XmlNode request = sent.get();
        assertThat(request.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo("1312345679");
        assertThat(request.pathText("MessageHeader/InsurerNumber")).isEqualTo("  131011");
        assertThat(request.pathText("MessageHeader/InsuranceCardSymbol")).isEqualTo("１２３");
        assertThat(request.pathText("MessageHeader/InsuredPersonIdentificationNumber")).isEqualTo("4567");
        assertThat(request.pathText("MessageHeader/BranchNumber")).isEqualTo("01");
        assertThat(request.pathText("MessageHeader/ArbitraryFileIdentifier")).hasSize(16);
        assertThat(request.pathText("MessageBody/FileCategory")).isEqualTo("2");
        assertThat(request.pathText("MessageBody/StartDate")).isEqualTo("20250401");
        assertThat(request.pathText("MessageBody/EndDate")).isEqualTo("20260401");
        assertThat(request.pathText("MessageBody/MedicalTreatmentFlag")).as("訪問診療").isEqualTo("2");
    }

    @Test
    void aCheckupRequestHasNoPeriodAndARefusalIsCentralsOwnText() {
        MedicalInformationService.Answer answer = service(xml(
                "<XmlMsg><MessageHeader><ResultCode>2</ResultCode><MessageContents>同意がありません</MessageContents></MessageHeader></XmlMsg>"),
                CareSetting.OUTPATIENT).fetch(MedicalInformationKind.CHECKUPS, PERSON, 12, "dr.sato");
        assertThat(messageId.get()).isEqualTo("TKKsiquc01req");
        assertThat(sent.get().pathText("MessageBody/StartDate")).isNull();
        assertThat(answer.ok()).isFalse();
        assertThat(answer.refusal()).isEqualTo("同意がありません");
        assertThat(answer.unreachable()).isFalse();
    }

    @Test
    void httpErrorsAndAnUnreachableCentralAreShownToo() {
        assertThat(service(new CentralClient.Reply(400, "unknown message".getBytes(StandardCharsets.UTF_8), "text/plain"),
                CareSetting.OUTPATIENT).fetch(MedicalInformationKind.DRUGS, PERSON, 3, "x").refusal()).isEqualTo("unknown message");
        CentralClient down = (id, request, encoding, requestId, timeout) -> { throw new IOException("refused"); };
        MedicalInformationService service = new MedicalInformationService(down, new XmlMsgReader(),
                MedicalInstitutionCode.parse("1312345679"), ResultEncoding.UTF_8,
                new KioskSettingsStore(dir, KioskSettings.DEFAULTS), Duration.ofSeconds(1), Clock.systemUTC());
        MedicalInformationService.Answer answer = service.fetch(MedicalInformationKind.DRUGS, PERSON, 3, "x");
        assertThat(answer.unreachable()).isTrue();
        assertThat(answer.refusal()).contains("接続できませんでした");
    }
}
