package org.openoqs.wire.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.InOut;

class DrugDispensingCsvReaderTest {
    static final String HEADER = String.join(",", IntakeCsvReader.names(DrugDispensingColumn.class));
    static final String REQUIRED = "PersonKey,DiDate,MeTrDiHCd,MeTrDiHNm,InOut,DrugC,DrugN,Qua1,Unit,UsageN,Times";

    static List<IntakeLine<DrugDispensing>> lines(String csv) {
        try (DrugDispensingCsvReader reader = new DrugDispensingCsvReader(new StringReader(csv))) {
            assertThat(reader.headerErrors()).isEmpty();
            List<IntakeLine<DrugDispensing>> lines = new ArrayList<>();
            reader.forEach(lines::add);
            return lines;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsEveryColumn() {
        String csv = HEADER + "\n"
                + "PK-1,20250314,202503,1340000015,さくら薬局 千代田店,2,2171022F1020,アムロジピン錠5mg,アムロジピンベシル酸塩,"
                + "1,錠,1日1回朝食後,28,粉砕,20250313\n";
        IntakeLine<DrugDispensing> line = lines(csv).get(0);
        assertThat(line.errors()).isEmpty();
        DrugDispensing d = line.value();
        assertThat(d.personKey()).isEqualTo("PK-1");
        assertThat(d.diDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(d.meTrMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(d.meTrDiHCd().value()).isEqualTo("1340000015");
        assertThat(d.meTrDiHNm()).isEqualTo("さくら薬局 千代田店");
        assertThat(d.inOut()).isEqualTo(InOut.OUTSIDE);
        assertThat(d.drugC().value()).isEqualTo("2171022F1020");
        assertThat(d.drugN()).isEqualTo("アムロジピン錠5mg");
        assertThat(d.ingreN()).isEqualTo("アムロジピンベシル酸塩");
        assertThat(d.qua1()).isEqualTo(BigDecimal.ONE);
        assertThat(d.unit()).isEqualTo("錠");
        assertThat(d.usageN()).isEqualTo("1日1回朝食後");
        assertThat(d.times()).isEqualTo(28);
        assertThat(d.spInst()).isEqualTo("粉砕");
        assertThat(d.prDate()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(d.seq()).isEqualTo(1);
    }

    @Test
    void optionalColumnsMayBeAbsentAndTheMonthIsDerived() {
        String csv = "Times,UsageN,Unit,Qua1,DrugN,DrugC,InOut,MeTrDiHNm,MeTrDiHCd,DiDate,PersonKey\n"
                + "3,疼痛時,錠,1,ロキソプロフェンNa錠60mg,1149019F1ZZZ,1,千代田内科クリニック,1310000003,20241130,PK-2\n";
        DrugDispensing d = lines(csv).get(0).value();
        assertThat(d.meTrMonth()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(d.inOut()).isEqualTo(InOut.IN_HOUSE);
        assertThat(d.ingreN()).isNull();
        assertThat(d.spInst()).isNull();
        assertThat(d.prDate()).isNull();
    }

    @Test
    void everyBadFieldOfALineIsReportedWithLineFieldAndValue() {
        String csv = HEADER + "\n"
                + "PK-1,20250314,202503,1340000015,薬局,2,2171022F1020,薬,,1,錠,用法,28,,\n"
                + ",20250230,2025-3,1340000016,,3,XYZ,,,0,,,0,,2025\n";
        List<IntakeLine<DrugDispensing>> lines = lines(csv);
        assertThat(lines.get(0).valid()).isTrue();
        IntakeLine<DrugDispensing> bad = lines.get(1);
        assertThat(bad.value()).isNull();
        assertThat(bad.errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(bad.errors()).extracting(IntakeError::field, IntakeError::value).containsExactlyInAnyOrder(
                tuple("PersonKey", null), tuple("DiDate", "20250230"), tuple("MeTrMonth", "2025-3"),
                tuple("MeTrDiHCd", "1340000016"), tuple("MeTrDiHNm", null), tuple("InOut", "3"), tuple("DrugC", "XYZ"),
                tuple("DrugN", null), tuple("Qua1", "0"), tuple("Unit", null), tuple("UsageN", null), tuple("Times", "0"),
                tuple("PrDate", "2025"));
    }

    @Test
    void theMonthMustBeTheMonthOfTheDayAndThePrescriptionNotLater() {
        String csv = REQUIRED + ",MeTrMonth,PrDate\n"
                + "PK-1,20250314,1340000015,薬局,2,2171022F1020,薬,1,錠,用法,28,202502,20250315\n";
        assertThat(lines(csv).get(0).errors()).extracting(IntakeError::field, IntakeError::value, IntakeError::message)
                .containsExactlyInAnyOrder(tuple("MeTrMonth", "202502", "is not the month of DiDate 20250314"),
                        tuple("PrDate", "20250315", "is after DiDate 20250314"));
    }

    @Test
    void quantitiesAndTimesHaveLimits() {
        String csv = REQUIRED + "\n"
                + "PK-1,20250314,1340000015,薬局,2,2171022F1020,薬,0.000001,錠,用法,10000\n"
                + "PK-1,20250314,1340000015,薬局,2,2171022F1020,薬,0.5,錠,用法,9999\n";
        List<IntakeLine<DrugDispensing>> lines = lines(csv);
        assertThat(lines.get(0).errors()).extracting(IntakeError::field).containsExactlyInAnyOrder("Qua1", "Times");
        assertThat(lines.get(1).value().qua1()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void aMissingRequiredColumnIsAHeaderError() {
        try (DrugDispensingCsvReader reader = new DrugDispensingCsvReader(new StringReader("PersonKey,DiDate\n"))) {
            assertThat(reader.headerErrors()).extracting(IntakeError::field)
                    .containsExactlyInAnyOrder("MeTrDiHCd", "MeTrDiHNm", "InOut", "DrugC", "DrugN", "Qua1", "Unit", "UsageN", "Times");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
