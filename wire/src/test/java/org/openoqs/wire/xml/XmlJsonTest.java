package org.openoqs.wire.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.wire.xml.XmlMsgReaderTest.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlJsonTest {

    private final XmlJson json = new XmlJson();
    private final XmlMsgReader reader = new XmlMsgReader();

    private XmlNode read(String resourceName) {
        return reader.read(resource(resourceName)).root();
    }

    private static XmlNode resultWith(XmlNode... results) {
        return XmlNode.element("XmlMsg",
                XmlNode.element("MessageHeader", XmlNode.leaf("SegmentOfResult", "1")),
                XmlNode.element("MessageBody", XmlNode.element("ResultList", results)));
    }

    private static XmlNode person(String name) {
        return XmlNode.element("ResultOfQualificationConfirmation",
                XmlNode.leaf("InsuredBranchNumber", "01"), XmlNode.leaf("Name", name));
    }

    @Test
    void resultListOfOneIsAnArrayOfOneSingleKeyObject() {
        JsonNode out = json.toJson(resultWith(person("髙﨑　①子")));

        assertThat(out.toString()).isEqualTo("{\"XmlMsg\":{\"MessageHeader\":{\"SegmentOfResult\":\"1\"},"
                + "\"MessageBody\":{\"ResultList\":[{\"ResultOfQualificationConfirmation\":"
                + "{\"InsuredBranchNumber\":\"01\",\"Name\":\"髙﨑　①子\"}}]}}}");
    }

    @Test
    void resultListOfTwoKeepsOrderAndAllValuesAreStrings() {
        JsonNode list = json.toJson(read("OQSsiquc01res_two_results.xml")).path("XmlMsg").path("MessageBody")
                .path("ResultList");

        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(2);
        JsonNode first = list.get(0).path("ResultOfQualificationConfirmation");
        JsonNode second = list.get(1).path("ResultOfQualificationConfirmation");
        assertThat(first.path("InsurerNumber").textValue()).isEqualTo("  131011");
        assertThat(first.path("InsuredPartialContributionRatio").textValue()).isEqualTo("030");
        assertThat(first.path("InsuredCardClassification").isTextual()).isTrue();
        assertThat(first.path("Name").textValue()).isEqualTo("髙﨑　①子");
        assertThat(second.path("InsuredCardClassification").textValue()).isEqualTo("07");
        assertThat(second.path("InsuredPartialContributionRatio").textValue()).isEqualTo("010");
    }

    @Test
    void nestedListContainerIsAnArrayToo() {
        JsonNode first = json.toJson(read("OQSsiquc01res_two_results.xml"))
                .at("/XmlMsg/MessageBody/ResultList/0/ResultOfQualificationConfirmation");

        assertThat(first.at("/SpecificDiseasesCertificateList/0/SpecificDiseasesCertificateInfo/"
                + "SpecificDiseasesSelfPay").textValue()).isEqualTo("10000");
    }

    @Test
    void emptyResultListIsAnEmptyArray() {
        JsonNode out = json.toJson(resultWith());

        assertThat(out.at("/XmlMsg/MessageBody/ResultList").isArray()).isTrue();
        assertThat(out.at("/XmlMsg/MessageBody/ResultList")).isEmpty();
        assertThat(json.fromJson(out)).isEqualTo(resultWith());
    }

    @Test
    void repeatedElementIsAnArrayEvenWithOneItem() {
        JsonNode body = json.toJson(read("OQSmuquc02res_one_unit.xml")).path("XmlMsg").path("MessageBody");

        JsonNode units = body.path("BulkConfirmUnit");
        assertThat(units.isArray()).isTrue();
        assertThat(units).hasSize(1);
        assertThat(units.get(0).path("ResultOfQualificationConfirmation").isArray()).isTrue();
        assertThat(units.get(0).path("QualificationConfirmSearchInfo").isObject()).isTrue();
        assertThat(units.get(0).path("ReferenceNumber").textValue()).isEqualTo("0000012345");
    }

    @Test
    void anyElementOccurringTwiceUnderOneParentBecomesAnArray() {
        XmlNode root = XmlNode.element("XmlMsg", XmlNode.element("MessageBody",
                XmlNode.leaf("Remarks", "a"), XmlNode.leaf("Remarks", "b")));

        assertThat(json.toJson(root).toString())
                .isEqualTo("{\"XmlMsg\":{\"MessageBody\":{\"Remarks\":[\"a\",\"b\"]}}}");
    }

    @Test
    void bulkRequestShapeMakesASingleSearchInfoInTheBodyAnArrayButNotTheEchoInAUnit() {
        XmlNode bulkRequest = XmlNode.element("XmlMsg", XmlNode.element("MessageBody",
                XmlNode.element("QualificationConfirmSearchInfo", XmlNode.leaf("InsurerNumber", "06131011"))));
        XmlJson bulk = new XmlJson(XmlMsgShape.BULK_REQUEST);

        assertThat(bulk.toJson(bulkRequest).at("/XmlMsg/MessageBody/QualificationConfirmSearchInfo").isArray())
                .isTrue();
        assertThat(json.toJson(bulkRequest).at("/XmlMsg/MessageBody/QualificationConfirmSearchInfo").isObject())
                .isTrue();
        assertThat(bulk.toJson(read("OQSmuquc02res_one_unit.xml"))
                .at("/XmlMsg/MessageBody/BulkConfirmUnit/0/QualificationConfirmSearchInfo").isObject()).isTrue();
    }

    @Test
    void roundTripsRealFilesToEqualTrees() {
        for (String file : new String[] {"OQSsiquc01res_two_results.xml", "OQSmuquc02res_one_unit.xml",
                "OQSsiquc01req_202504011030001.xml", "OQSsiquc01req_shuffled_unknown.xml"}) {
            XmlNode original = read(file);

            assertThat(json.fromJson(json.toJson(original))).as(file).isEqualTo(original);
        }
    }

    @Test
    void roundTripsThroughJsonTextAndBytes() throws Exception {
        XmlNode original = read("OQSsiquc01res_two_results.xml");
        String text = json.mapper().writeValueAsString(json.toJson(original));

        assertThat(json.fromJson(text)).isEqualTo(original);
        assertThat(json.fromJson(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(original);
    }

    @Test
    void groupsInterleavedRepeatsAtTheFirstOccurrence() {
        XmlNode interleaved = XmlNode.element("XmlMsg",
                XmlNode.leaf("A", "1"), XmlNode.leaf("B", "x"), XmlNode.leaf("A", "2"));

        assertThat(json.fromJson(json.toJson(interleaved))).isEqualTo(XmlNode.element("XmlMsg",
                XmlNode.leaf("A", "1"), XmlNode.leaf("A", "2"), XmlNode.leaf("B", "x")));
    }

    @Test
    void readsWebApiStyleRequest() {
        String request = """
                {"XmlMsg":{"MessageHeader":{"QualificationConfirmationDate":"20250401",
                  "MedicalInstitutionCode":"1312345678"},
                 "MessageBody":{"QualificationConfirmSearchInfo":{"InsurerNumber":"00131011",
                  "InsuredIdentificationNumber":"0012345","Birthdate":"19580115",
                  "LimitApplicationCertificateRelatedConsFlg":"1"}}}}""";

        XmlNode root = json.fromJson(request);

        assertThat(root.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo("1312345678");
        assertThat(root.pathText("MessageBody/QualificationConfirmSearchInfo/InsurerNumber")).isEqualTo("00131011");
        assertThat(root.path("MessageBody/QualificationConfirmSearchInfo").orElseThrow().children())
                .extracting(XmlNode::name).containsExactly("InsurerNumber", "InsuredIdentificationNumber",
                        "Birthdate", "LimitApplicationCertificateRelatedConsFlg");
    }

    @Test
    void turnsNumbersAndBooleansIntoTextAndLeavesNullsOut() {
        XmlNode root = json.fromJson("{\"XmlMsg\":{\"A\":1,\"B\":1.50,\"C\":true,\"D\":null,\"E\":\"\","
                + "\"F\":[\"x\",null,\"y\"],\"G\":12345678901234567890}}");

        assertThat(root).isEqualTo(XmlNode.element("XmlMsg",
                XmlNode.leaf("A", "1"), XmlNode.leaf("B", "1.50"), XmlNode.leaf("C", "true"), XmlNode.leaf("E", ""),
                XmlNode.leaf("F", "x"), XmlNode.leaf("F", "y"), XmlNode.leaf("G", "12345678901234567890")));
    }

    @Test
    void acceptsListContainerWrittenAsObject() {
        XmlNode root = json.fromJson("{\"XmlMsg\":{\"ResultList\":{\"ResultOfQualificationConfirmation\":"
                + "{\"InsuredBranchNumber\":\"01\",\"Name\":\"山田\"}}}}");

        assertThat(root).isEqualTo(XmlNode.element("XmlMsg", XmlNode.element("ResultList", person("山田"))));
    }

    @Test
    void rejectsMalformedJsonWithPosition() {
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":\n{\"A\":}}"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessageStartingWith("line 2, column ")
                .satisfies(e -> assertThat(((JsonFormatException) e).line()).isEqualTo(2));
    }

    @Test
    void rejectsWrongTopLevelShape() {
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":{},\"Other\":{}}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("exactly one key");
        assertThatThrownBy(() -> json.fromJson("[1]"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("exactly one key");
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":null}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("null");
    }

    @Test
    void rejectsDuplicateKeysAndTrailingContent() {
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":{\"A\":\"1\",\"A\":\"2\"}}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("Duplicate field 'A'");
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":{}} {}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("Trailing token");
    }

    @Test
    void rejectsNestedArraysAndBadNamesWithTheElementPath() {
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":{\"Body\":{\"A\":[[\"x\"]]}}}"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessage("at XmlMsg/Body/A: an array inside an array is not allowed");
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":{\"a b\":\"x\"}}"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessage("at XmlMsg/a b: \"a b\" is not a valid element name");
        assertThatThrownBy(() -> json.fromJson("{\"XmlMsg\":{\"ResultList\":[\"x\"]}}"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("at XmlMsg/ResultList: list items must be objects");
    }

    @Test
    void enforcesLimits() {
        XmlJson small = new XmlJson(XmlMsgShape.DEFAULT,
                XmlLimits.DEFAULTS.withMaxDepth(3).withMaxElements(4).withMaxInputBytes(200).withMaxTextLength(5));

        assertThatThrownBy(() -> small.fromJson("{\"XmlMsg\":{\"A\":{\"B\":{\"C\":\"x\"}}}}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("nested deeper than 3 levels");
        assertThatThrownBy(() -> small.fromJson("{\"XmlMsg\":{\"A\":[\"1\",\"2\",\"3\",\"4\"]}}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("more than 4 elements");
        assertThatThrownBy(() -> small.fromJson("{\"XmlMsg\":{\"A\":\"123456\"}}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("longer than 5 characters");
        assertThatThrownBy(() -> small.fromJson(("{\"XmlMsg\":\"" + "x".repeat(300) + "\"}")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("larger than the limit of 200 bytes");
        assertThatThrownBy(() -> json.fromJson("[".repeat(1000)))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void fullPipelineShiftJisFileToJsonAndBackToUtf8File() {
        XmlNode original = read("OQSsiquc01res_two_results.xml");
        byte[] sjis = new XmlMsgWriter().write(original, ResultEncoding.SHIFT_JIS);

        XmlNode viaJson = json.fromJson(json.toJson(reader.read(sjis).root()));
        byte[] utf8 = new XmlMsgWriter().write(viaJson, ResultEncoding.UTF_8);

        assertThat(reader.read(utf8).root()).isEqualTo(original);
    }
}
