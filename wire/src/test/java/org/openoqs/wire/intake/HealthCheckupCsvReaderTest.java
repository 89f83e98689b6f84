package org.openoqs.wire.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.medical.DataType;
import org.openoqs.core.medical.HealthCheckupItem;

class HealthCheckupCsvReaderTest {
    static final String HEADER = String.join(",", IntakeCsvReader.names(HealthCheckupColumn.class));

    static List<IntakeLine<HealthCheckupItem>> lines(String csv) {
        try (HealthCheckupCsvReader reader = new HealthCheckupCsvReader(new StringReader(csv))) {
            assertThat(reader.headerErrors()).isEmpty();
            List<IntakeLine<HealthCheckupItem>> lines = new ArrayList<>();
            reader.forEach(lines::add);
            return lines;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsQuantitiesCodesAndText() {
        String csv = HEADER + "\n"
                + "PK-1,20250610,3d046000001906202,HbA1c（NGSP値）,PQ,5.60,,%,\n"
                + "PK-1,20250610,1A020000000191111,尿糖,CD,1,－,,1.2.392.200119.6.2101\n"
                + "PK-1,20250610,9N501000000000011,医師の判断,ST,特記事項なし,,,\n";
        List<IntakeLine<HealthCheckupItem>> lines = lines(csv);
        assertThat(lines).allSatisfy(l -> assertThat(l.errors()).isEmpty());
        HealthCheckupItem hba1c = lines.get(0).value();
        assertThat(hba1c.personKey()).isEqualTo("PK-1");
        assertThat(hba1c.effectiveTime()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(hba1c.itemCode().value()).isEqualTo("3D046000001906202");
        assertThat(hba1c.itemName()).isEqualTo("HbA1c（NGSP値）");
        assertThat(hba1c.dataType()).isEqualTo(DataType.PQ);
        assertThat(hba1c.dataValue()).isEqualTo("5.6");
        assertThat(hba1c.unit()).isEqualTo("%");
        assertThat(hba1c.dataValueName()).isNull();
        assertThat(hba1c.oid()).isNull();
        HealthCheckupItem glucose = lines.get(1).value();
        assertThat(glucose.dataType()).isEqualTo(DataType.CD);
        assertThat(glucose.dataValue()).isEqualTo("1");
        assertThat(glucose.dataValueName()).isEqualTo("－");
        assertThat(glucose.oid()).isEqualTo("1.2.392.200119.6.2101");
        assertThat(lines.get(2).value().dataValue()).isEqualTo("特記事項なし");
    }

    @Test
    void optionalColumnsMayBeAbsent() {
        String csv = "DataValue,DataType,ItemName,ItemCode,EffectiveTime,PersonKey\n170.2,PQ,身長,9N001000000000001,20250610,PK-1\n";
        assertThat(lines(csv).get(0).value().dataValue()).isEqualTo("170.2");
    }

    @Test
    void everyBadFieldOfALineIsReportedWithLineFieldAndValue() {
        String csv = HEADER + "\n"
                + ",2025061,123,,NM,,,,1..2\n"
                + "PK-1,20250610,3D046000001906202,HbA1c,PQ,高値,,%,\n"
                + "PK-1,20250610,1A020000000191111,尿糖,CD,陰 性,,,urn:oid:1.2\n";
        List<IntakeLine<HealthCheckupItem>> lines = lines(csv);
        assertThat(lines.get(0).errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(2))
                .extracting(IntakeError::field, IntakeError::value).containsExactlyInAnyOrder(
                        tuple("PersonKey", null), tuple("EffectiveTime", "2025061"), tuple("ItemCode", "123"),
                        tuple("ItemName", null), tuple("DataType", "NM"), tuple("DataValue", null), tuple("Oid", "1..2"));
        assertThat(lines.get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("DataValue");
            assertThat(e.value()).isEqualTo("高値");
            assertThat(e.message()).contains("PQ");
        });
        assertThat(lines.get(2).errors()).extracting(IntakeError::field).containsExactlyInAnyOrder("DataValue", "Oid");
    }

    @Test
    void aMissingRequiredColumnIsAHeaderError() {
        try (HealthCheckupCsvReader reader = new HealthCheckupCsvReader(new StringReader("PersonKey,ItemCode,Comment\n"))) {
            assertThat(reader.headerErrors()).extracting(IntakeError::field, IntakeError::message).contains(
                    tuple("Comment", "unknown column; expected OQS element names such as [PersonKey, EffectiveTime, ItemCode, ItemName]"),
                    tuple("DataValue", "required column missing"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
