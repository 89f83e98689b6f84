package org.openoqs.terminal.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openoqs.wire.xml.XmlMsgReader;

class CheckupHistoryReaderTest {

    @Test
    void checkupsNewestFirstWithCodedValuesByName() {
        CheckupHistory history = new CheckupHistoryReader().read(new XmlMsgReader().read("""
                <XmlMsg><MessageHeader><QualificationsInfo><Name>鈴木　一</Name></QualificationsInfo></MessageHeader><MessageBody>
                <SpecificHealthCheckupInfo><EffectiveTime>20240601</EffectiveTime><HealthCheckupResultAndQuestionInfos>
                  <HealthCheckupResultAndQuestionInfo><ItemName>喫煙</ItemName><DataValue>1</DataValue><DataValueName>はい</DataValueName><Unit>x</Unit></HealthCheckupResultAndQuestionInfo>
                </HealthCheckupResultAndQuestionInfos></SpecificHealthCheckupInfo>
                <SpecificHealthCheckupInfo><HealthCheckupResultAndQuestionInfos>
                  <HealthCheckupResultAndQuestionInfo><Unit>mmHg</Unit><DataValue>128</DataValue><ItemCode>9A751000000000001</ItemCode></HealthCheckupResultAndQuestionInfo>
                </HealthCheckupResultAndQuestionInfos><EffectiveTime>20250610</EffectiveTime></SpecificHealthCheckupInfo>
                </MessageBody></XmlMsg>""".getBytes(StandardCharsets.UTF_8)).root());

        assertThat(history.patientName()).isEqualTo("鈴木　一");
        assertThat(history.checkups()).extracting(CheckupHistory.Checkup::date).containsExactly("20250610", "20240601");
        assertThat(history.checkups().get(0).items()).containsExactly(
                new CheckupHistory.Item("9A751000000000001", null, "128", "mmHg"));
        assertThat(history.checkups().get(1).items()).containsExactly(new CheckupHistory.Item(null, "喫煙", "はい", null));
    }
}
