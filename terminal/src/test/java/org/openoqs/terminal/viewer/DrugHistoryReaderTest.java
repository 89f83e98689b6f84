package org.openoqs.terminal.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openoqs.wire.xml.XmlMsgReader;

class DrugHistoryReaderTest {

    @Test
    void monthsOfAllThreeSourcesNewestFirstWithDatesAndDrugs() {
        DrugHistory history = new DrugHistoryReader().read(new XmlMsgReader().read("""
                <XmlMsg><MessageHeader><ResultCode>1</ResultCode><QuaInf><Name>髙橋　①子</Name></QuaInf></MessageHeader>
                <MessageBody>
                  <MeTrMonthInf><DiDateInfs>
                      <DiDateInf><DiDate>20260103</DiDate><DrugInfs><DrugInf><DrugN>薬Ａ</DrugN><Qua1>1</Qua1><Unit>錠</Unit></DrugInf></DrugInfs></DiDateInf>
                      <DiDateInf><DiDate>20260120</DiDate><PrDate>20260119</PrDate><DrugInfs>
                        <DrugInf><UsageN>1日1回朝食後</UsageN><DrugN>薬Ｂ</DrugN><Times>14</Times></DrugInf></DrugInfs></DiDateInf>
                    </DiDateInfs><MeTrMonth>202601</MeTrMonth><MeTrDiHNm>さくら薬局</MeTrDiHNm><PrlsHNm>山田医院</PrlsHNm></MeTrMonthInf>
                  <CzDiInf><CzDiMonthInf><CzDiMonth>202603</CzDiMonth><CzDiDateInfs><CzDiDateInf><CzDiDate>20260301</CzDiDate>
                    <CzDrugInfs><CzDrugInf><CzDrugN>薬Ｃ</CzDrugN></CzDrugInf></CzDrugInfs></CzDiDateInf></CzDiDateInfs></CzDiMonthInf></CzDiInf>
                </MessageBody></XmlMsg>""".getBytes(StandardCharsets.UTF_8)).root());

        assertThat(history.patientName()).isEqualTo("髙橋　①子");
        assertThat(history.months()).extracting(DrugHistory.Month::month).containsExactly("202603", "202601");
        DrugHistory.Month january = history.months().get(1);
        assertThat(january.source()).isEqualTo("レセプト情報");
        assertThat(january.facilities()).containsExactly("さくら薬局", "山田医院");
        assertThat(january.days()).extracting(DrugHistory.Day::date).containsExactly("20260120", "20260103");
        assertThat(january.days().get(0).prescribedOn()).isEqualTo("20260119");
        assertThat(january.days().get(0).drugs()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("薬Ｂ");
            assertThat(d.usage()).isEqualTo("1日1回朝食後");
            assertThat(d.times()).isEqualTo("14");
        });
        DrugHistory.Month march = history.months().get(0);
        assertThat(march.source()).isEqualTo("電子処方箋（調剤）");
        assertThat(march.days().get(0).date()).isEqualTo("20260301");
        assertThat(march.days().get(0).drugs().get(0).name()).isEqualTo("薬Ｃ");
    }

    @Test
    void anEmptyResultIsAnEmptyHistory() {
        DrugHistory history = new DrugHistoryReader().read(new XmlMsgReader().read(
                "<XmlMsg><MessageHeader><ResultCode>1</ResultCode></MessageHeader><MessageBody/></XmlMsg>".getBytes(StandardCharsets.UTF_8)).root());
        assertThat(history.empty()).isTrue();
        assertThat(history.patientName()).isNull();
    }
}
