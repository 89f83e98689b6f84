package org.openoqs.wire.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class XmlNodeTest {

    private final XmlNode request = XmlNode.element("XmlMsg",
            XmlNode.element("MessageHeader", XmlNode.leaf("MedicalInstitutionCode", "1312345678")),
            XmlNode.element("MessageBody",
                    XmlNode.element("QualificationConfirmSearchInfo",
                            XmlNode.leaf("InsurerNumber", "  131011"),
                            XmlNode.leaf("InsuredBranchNumber", "01"))));

    @Test
    void leafKeepsTextExactlyAndHasNoChildren() {
        XmlNode leaf = XmlNode.leaf("InsurerNumber", "  131011");

        assertThat(leaf.text()).isEqualTo("  131011");
        assertThat(leaf.isLeaf()).isTrue();
        assertThat(leaf.children()).isEmpty();
    }

    @Test
    void elementWithChildrenHasNullText() {
        XmlNode header = request.child("MessageHeader").orElseThrow();

        assertThat(header.text()).isNull();
        assertThat(header.isLeaf()).isFalse();
        assertThat(header.children()).extracting(XmlNode::name).containsExactly("MedicalInstitutionCode");
    }

    @Test
    void builderSkipsNullAndEmptyValuesBecauseOqsLeavesThemOut() {
        XmlNode info = XmlNode.builder("QualificationConfirmSearchInfo")
                .add("InsurerNumber", "39131015")
                .add("InsuredCardSymbol", null)
                .add("InsuredBranchNumber", "")
                .add("Birthdate", "19580115")
                .add((XmlNode) null)
                .add(XmlNode.leaf("Explicit", ""))
                .build();

        assertThat(info.children()).extracting(XmlNode::name)
                .containsExactly("InsurerNumber", "Birthdate", "Explicit");
    }

    @Test
    void builderKeepsWhitespaceOnlyValues() {
        XmlNode info = XmlNode.builder("Info").add("InsuredCardSymbol", " ").build();

        assertThat(info.childText("InsuredCardSymbol")).isEqualTo(" ");
    }

    @Test
    void elementSkipsNullChildrenSoOptionalBlocksCanBePassed() {
        XmlNode body = XmlNode.element("MessageBody", XmlNode.leaf("A", "1"), null, XmlNode.leaf("B", "2"));

        assertThat(body.children()).extracting(XmlNode::name).containsExactly("A", "B");
    }

    @Test
    void elementWithoutChildrenEqualsEmptyLeafLikeSelfClosingTag() {
        assertThat(XmlNode.element("ResultList")).isEqualTo(XmlNode.leaf("ResultList", ""));
        assertThat(XmlNode.builder("ResultList").build().text()).isEqualTo("");
    }

    @Test
    void childTextIsRawAndChildTextTrimmedStripsPadding() {
        XmlNode info = request.path("MessageBody/QualificationConfirmSearchInfo").orElseThrow();

        assertThat(info.childText("InsurerNumber")).isEqualTo("  131011");
        assertThat(info.childTextTrimmed("InsurerNumber")).isEqualTo("131011");
        assertThat(info.childText("InsuredBranchNumber")).isEqualTo("01");
        assertThat(info.childText("Missing")).isNull();
        assertThat(info.childTextTrimmed("Missing")).isNull();
    }

    @Test
    void childTextOfAnElementWithChildrenIsNull() {
        assertThat(request.childText("MessageHeader")).isNull();
    }

    @Test
    void pathFollowsNamesRelativeToTheNode() {
        assertThat(request.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo("1312345678");
        assertThat(request.pathText("MessageBody/QualificationConfirmSearchInfo/InsurerNumber")).isEqualTo("  131011");
        assertThat(request.path("MessageBody/Nope/InsurerNumber")).isEmpty();
        assertThat(request.pathText("MessageBody/Nope")).isNull();
    }

    @Test
    void childrenByNameListsRepeatsInOrder() {
        XmlNode body = XmlNode.element("MessageBody",
                XmlNode.element("BulkConfirmUnit", XmlNode.leaf("ReferenceNumber", "1")),
                XmlNode.leaf("Other", "x"),
                XmlNode.element("BulkConfirmUnit", XmlNode.leaf("ReferenceNumber", "2")));

        assertThat(body.children("BulkConfirmUnit")).extracting(u -> u.childText("ReferenceNumber"))
                .containsExactly("1", "2");
        assertThat(body.child("BulkConfirmUnit").orElseThrow().childText("ReferenceNumber")).isEqualTo("1");
    }

    @Test
    void equalityIsStructural() {
        XmlNode same = XmlNode.element("XmlMsg",
                XmlNode.element("MessageHeader", XmlNode.leaf("MedicalInstitutionCode", "1312345678")),
                XmlNode.element("MessageBody",
                        XmlNode.element("QualificationConfirmSearchInfo",
                                XmlNode.leaf("InsurerNumber", "  131011"),
                                XmlNode.leaf("InsuredBranchNumber", "01"))));

        assertThat(same).isEqualTo(request).hasSameHashCodeAs(request);
        assertThat(XmlNode.leaf("A", "01")).isNotEqualTo(XmlNode.leaf("A", "1"));
        assertThat(XmlNode.leaf("A", "1")).isNotEqualTo(XmlNode.leaf("B", "1"));
    }

    @Test
    void childrenCannotBeModified() {
        List<XmlNode> children = request.children();

        assertThatThrownBy(() -> children.add(XmlNode.leaf("X", "1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringIsCompactEscapedXml() {
        XmlNode node = XmlNode.element("A", XmlNode.leaf("B", "x & <y>"));

        assertThat(node).hasToString("<A><B>x &amp; &lt;y&gt;</B></A>");
    }

    @Test
    void namesThatCouldInjectMarkupAreRejected() {
        assertThatThrownBy(() -> XmlNode.leaf("a<b", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlNode.leaf("a b", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlNode.leaf("", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlNode.leaf("1A", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(XmlNode.leaf("氏名", "1").name()).isEqualTo("氏名");
    }

    @Test
    void namesWithALoneSurrogateAreRejectedAndPairsPass() {
        assertThatThrownBy(() -> XmlNode.leaf("A\uD842", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlNode.leaf("A\uDFB7B", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlNode.leaf("A\uD842B", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(XmlNode.leaf("𠮷田", "1").name()).isEqualTo("𠮷田");
    }

    @Test
    void toStringReplacesALoneSurrogateInText() {
        assertThat(XmlNode.leaf("A", "x\uD842y𠮷")).hasToString("<A>x\uFFFDy𠮷</A>");
    }

    @Test
    void leafTextMustNotBeNull() {
        assertThatThrownBy(() -> XmlNode.leaf("A", null)).isInstanceOf(NullPointerException.class);
    }
}
