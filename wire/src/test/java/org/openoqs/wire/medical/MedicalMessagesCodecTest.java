package org.openoqs.wire.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;

/** YZK/TKK requests and results through {@link OqsMessageCodec}: element names, nesting and both encodings. */
class MedicalMessagesCodecTest {
    final OqsMessageCodec codec = new OqsMessageCodec();

    @Test
    void readsARequestAsS4WritesItInShiftJis() {
        String xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?>\n<XmlMsg><MessageHeader>"
                + "<MedicalInstitutionCode>1312345679</MedicalInstitutionCode><InsurerNumber>06131239</InsurerNumber>"
                + "<InsuranceCardSymbol>髙77</InsuranceCardSymbol><InsuredPersonIdentificationNumber>1001</InsuredPersonIdentificationNumber>"
                + "<BranchNumber>00</BranchNumber><ArbitraryFileIdentifier>yzk-1</ArbitraryFileIdentifier></MessageHeader>"
                + "<MessageBody><StartDate>20250101</StartDate><EndDate>20251231</EndDate><FileCategory>2</FileCategory>"
                + "<PrDiInfClassification>1</PrDiInfClassification><MedicalTreatmentFlag>1</MedicalTreatmentFlag>"
                + "</MessageBody></XmlMsg>";
        MedicalInformationRequest r = codec.readXml(xml.getBytes(Charset.forName("MS932")), MedicalInformationRequest.class);
        assertThat(r.messageHeader()).isEqualTo(new MedicalInformationRequestHeader("1312345679", "06131239", "髙77",
                "1001", "00", "yzk-1"));
        assertThat(r.messageBody()).isEqualTo(new MedicalInformationRequestBody("20250101", "20251231", "2", "1", "1"));
    }

    static DrugInformationResult drugResult() {
        DrugInf amlodipine = new DrugInf("2171022F1020", "アムロジピン錠5mg", "1", "錠", "1日1回朝食後", null, "28", "アムロジピンベシル酸塩");
        DrugInf loxoprofen = new DrugInf("1149019F1020", "ロキソプロフェンNa錠60mg", "1", "錠", "疼痛時", "胃薬と一緒に", "5", null);
        MeTrMonthInf month = new MeTrMonthInf("4", "1340000015", "髙橋薬局", "202503", "2", new DiDateInfs(List.of(
                new DiDateInf("20250314", "20250313", new DrugInfs(List.of(amlodipine, loxoprofen))),
                new DiDateInf("20250301", null, new DrugInfs(List.of(amlodipine))))));
        return new DrugInformationResult(new DrugInformationResultHeader("20260501093000", "1312345679", "yzk-1", "0", "1",
                null, new QuaInf("佐藤　次郎", "ｻﾄｳ ｼﾞﾛｳ", "19750120", "1")), new DrugInformationResultBody(List.of(month, month)));
    }

    @ParameterizedTest
    @EnumSource(ResultEncoding.class)
    void writesADrugResultElementByElement(ResultEncoding encoding) {
        byte[] bytes = codec.writeXml(drugResult(), encoding);
        XmlNode root = new XmlMsgReader().read(bytes).root();
        assertThat(new String(bytes, encoding.charset())).startsWith("<?xml version=\"1.0\" encoding=\"" + encoding.declarationName() + "\" standalone=\"no\"?>");
        XmlNode header = root.child("MessageHeader").orElseThrow();
        assertThat(header.children()).extracting(XmlNode::name).containsExactly("ProcessExecutionTime",
                "MedicalInstitutionCode", "ArbitraryFileIdentifier", "CharacterCodeIdentifier", "ResultCode", "QuaInf");
        assertThat(header.child("QuaInf").orElseThrow().children()).extracting(XmlNode::name, XmlNode::text).containsExactly(
                tuple("Name", "佐藤　次郎"), tuple("KanaName", "ｻﾄｳ ｼﾞﾛｳ"),
                tuple("Birth", "19750120"), tuple("AdmGendCode", "1"));
        List<XmlNode> months = root.child("MessageBody").orElseThrow().children();
        assertThat(months).hasSize(2).extracting(XmlNode::name).containsOnly("MeTrMonthInf");
        XmlNode month = months.get(0);
        assertThat(month.children()).extracting(XmlNode::name).containsExactly("DiOrg", "MeTrDiHCd", "MeTrDiHNm", "MeTrMonth", "InOut", "DiDateInfs");
        assertThat(month.pathText("MeTrDiHNm")).isEqualTo("髙橋薬局");
        List<XmlNode> days = month.child("DiDateInfs").orElseThrow().children();
        assertThat(days).extracting(XmlNode::name).containsExactly("DiDateInf", "DiDateInf");
        assertThat(days.get(0).children()).extracting(XmlNode::name).containsExactly("DiDate", "PrDate", "DrugInfs");
        assertThat(days.get(1).children()).extracting(XmlNode::name).containsExactly("DiDate", "DrugInfs");
        XmlNode second = days.get(0).child("DrugInfs").orElseThrow().children().get(1);
        assertThat(second.children()).extracting(XmlNode::name, XmlNode::text).containsExactly(
                tuple("DrugC", "1149019F1020"), tuple("DrugN", "ロキソプロフェンNa錠60mg"),
                tuple("Qua1", "1"), tuple("Unit", "錠"),
                tuple("UsageN", "疼痛時"), tuple("SpInst", "胃薬と一緒に"),
                tuple("Times", "5"));
        assertThat(codec.readXml(bytes, DrugInformationResult.class)).isEqualTo(drugResult());
    }

    static HealthCheckupInformationResult checkupResult() {
        var hba1c = new HealthCheckupResultAndQuestionInfo("3D046000001906202", "HbA1c（NGSP値）", "PQ", "5.6", null, "%", null);
        var glucose = new HealthCheckupResultAndQuestionInfo("1A020000000191111", "尿糖", "CD", "1", "－", null, "1.2.392.200119.6.2101");
        return new HealthCheckupInformationResult(new HealthCheckupInformationResultHeader("20260501093000", "1312345679",
                "tkk-1", "1", "1", null, new QualificationsInfo("佐藤　次郎", "ｻﾄｳ ｼﾞﾛｳ", "19750120", "1")),
                new HealthCheckupInformationResultBody(List.of(new SpecificHealthCheckupInfo("20250610",
                        new HealthCheckupResultAndQuestionInfos(List.of(hba1c, glucose))))));
    }

    @ParameterizedTest
    @EnumSource(ResultEncoding.class)
    void writesACheckupResultElementByElement(ResultEncoding encoding) {
        byte[] bytes = codec.writeXml(checkupResult(), encoding);
        XmlNode root = new XmlMsgReader().read(bytes).root();
        XmlNode person = root.child("MessageHeader").orElseThrow().child("QualificationsInfo").orElseThrow();
        assertThat(person.children()).extracting(XmlNode::name).containsExactly("Name", "KanasName", "Birthday", "AdministrativeGenderCode");
        XmlNode checkup = root.child("MessageBody").orElseThrow().child("SpecificHealthCheckupInfo").orElseThrow();
        assertThat(checkup.pathText("EffectiveTime")).isEqualTo("20250610");
        List<XmlNode> items = checkup.child("HealthCheckupResultAndQuestionInfos").orElseThrow().children();
        assertThat(items).extracting(XmlNode::name).containsOnly("HealthCheckupResultAndQuestionInfo");
        assertThat(items.get(1).children()).extracting(XmlNode::name).containsExactly("ItemCode", "ItemName", "DataType",
                "DataValue", "DataValueName", "Oid");
        assertThat(items.get(1).pathText("DataValueName")).isEqualTo("－");
        assertThat(codec.readXml(bytes, HealthCheckupInformationResult.class)).isEqualTo(checkupResult());
    }

    @Test
    void aRefusalHasNoBodyAndNoPerson() {
        var refusal = new DrugInformationResult(new DrugInformationResultHeader("20260501093000", "1312345679", "x", "0",
                "E1001", "薬剤情報の閲覧同意がありません。", null), null);
        XmlNode root = new XmlMsgReader().read(codec.writeXml(refusal, ResultEncoding.UTF_8)).root();
        assertThat(root.children()).extracting(XmlNode::name).containsExactly("MessageHeader");
        assertThat(root.pathText("MessageHeader/MessageContents")).isEqualTo("薬剤情報の閲覧同意がありません。");
    }

    @Test
    void aSingleEntryIsAJsonArrayToo() {
        var one = new HealthCheckupInformationResultBody(List.of(new SpecificHealthCheckupInfo("20250610", null)));
        var json = new org.openoqs.wire.xml.XmlJson().toJson(codec.toTree(new HealthCheckupInformationResult(null, one)));
        assertThat(json.at("/XmlMsg/MessageBody/SpecificHealthCheckupInfo").isArray()).isTrue();
    }
}
