package org.openoqs.wire.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlMsgShapeTest {

    @Test
    void defaultKnowsTheListContainers() {
        assertThat(XmlMsgShape.DEFAULT.listContainers()).containsExactlyInAnyOrder(
                "ResultList", "SpecificDiseasesCertificateList", "PublicExpenseResultList");
        assertThat(XmlMsgShape.DEFAULT.isListContainer("ResultList")).isTrue();
        assertThat(XmlMsgShape.DEFAULT.isListContainer("MessageBody")).isFalse();
    }

    @Test
    void defaultKnowsTheRepeatedElementsUnderAnyParent() {
        assertThat(XmlMsgShape.DEFAULT.repeated()).containsExactlyInAnyOrder("BulkConfirmUnit",
                "BulkRegistrationUnit", "ReferenceNumberRegistrationInfo", "ResultOfQualificationConfirmation",
                "MedicalTicketInfo", "SpecificDiseasesCertificateInfo", "MeTrMonthInf", "DiDateInf", "DrugInf",
                "SpecificHealthCheckupInfo", "HealthCheckupResultAndQuestionInfo");
        assertThat(XmlMsgShape.DEFAULT.isRepeated("MessageBody", "BulkConfirmUnit")).isTrue();
        assertThat(XmlMsgShape.DEFAULT.isRepeated("Anything", "MedicalTicketInfo")).isTrue();
        assertThat(XmlMsgShape.DEFAULT.isRepeated("MessageBody", "QualificationConfirmSearchInfo")).isFalse();
    }

    @Test
    void parentQualifiedNamesRepeatOnlyUnderThatParent() {
        XmlMsgShape bulk = XmlMsgShape.BULK_REQUEST;

        assertThat(bulk.isRepeated("MessageBody", "QualificationConfirmSearchInfo")).isTrue();
        assertThat(bulk.isRepeated("BulkConfirmUnit", "QualificationConfirmSearchInfo")).isFalse();
    }

    @Test
    void addingNamesReturnsANewShapeAndLeavesTheOriginal() {
        XmlMsgShape extended = XmlMsgShape.DEFAULT.withListContainers("NewList").withRepeated("NewUnit");

        assertThat(extended.isListContainer("NewList")).isTrue();
        assertThat(extended.isRepeated("MessageBody", "NewUnit")).isTrue();
        assertThat(extended.isListContainer("ResultList")).isTrue();
        assertThat(XmlMsgShape.DEFAULT.isListContainer("NewList")).isFalse();
        assertThat(XmlMsgShape.DEFAULT.isRepeated("MessageBody", "NewUnit")).isFalse();
    }
}
