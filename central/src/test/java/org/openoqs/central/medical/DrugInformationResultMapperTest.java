package org.openoqs.central.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.central.medical.MedicalTestData.CLINIC;
import static org.openoqs.central.medical.MedicalTestData.PHARMACY;
import static org.openoqs.central.medical.MedicalTestData.drug;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Sex;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.wire.medical.DiDateInf;
import org.openoqs.wire.medical.DrugInf;
import org.openoqs.wire.medical.DrugInformationResult;
import org.openoqs.wire.medical.MeTrMonthInf;
import org.openoqs.wire.medical.QuaInf;

class DrugInformationResultMapperTest {
    static final LocalDate DAY = LocalDate.of(2026, 4, 20);
    static final ResultHeaderFields HEADER = new ResultHeaderFields("1312345679", "f-1", "1", List.of("PDF形式には対応していません。"));
    final DrugInformationResultMapper mapper = new DrugInformationResultMapper();

    static MedicalAnswer<DrugDispensing> granted(List<DrugDispensing> lines) {
        return new MedicalAnswer<>(ConsentCategory.PHARMACISTS_INFO, MedicalOutcome.GRANTED, "1", null,
                new MedicalPerson("PK-B1", "佐藤　次郎", "ｻﾄｳ ｼﾞﾛｳ", LocalDate.of(1975, 1, 20), Sex.MALE), null, lines,
                LocalDateTime.of(2026, 5, 1, 9, 30, 5));
    }

    @Test
    void groupsLinesByMonthInstitutionAndDayNewestFirst() {
        DrugDispensing amlodipine = drug("PK-B1", DAY, PHARMACY, "2171022F1020", "アムロジピン錠5mg", DAY.minusDays(1));
        DrugDispensing again = amlodipine.withSeq(2);
        DrugDispensing earlier = drug("PK-B1", DAY.minusDays(14), PHARMACY, "2171022F1020", "アムロジピン錠5mg", null);
        DrugDispensing clinic = drug("PK-B1", DAY.minusDays(14), CLINIC, "6149003F1020", "クラリスロマイシン錠200mg", null);
        DrugDispensing march = drug("PK-B1", LocalDate.of(2026, 3, 2), PHARMACY, "2171022F1020", "アムロジピン錠5mg", null);

        DrugInformationResult r = mapper.toResult(granted(List.of(amlodipine, again, earlier, clinic, march)), HEADER);

        assertThat(r.messageHeader().processExecutionTime()).isEqualTo("20260501093005");
        assertThat(r.messageHeader().medicalInstitutionCode()).isEqualTo("1312345679");
        assertThat(r.messageHeader().arbitraryFileIdentifier()).isEqualTo("f-1");
        assertThat(r.messageHeader().characterCodeIdentifier()).isEqualTo("1");
        assertThat(r.messageHeader().resultCode()).isEqualTo("1");
        assertThat(r.messageHeader().messageContents()).isEqualTo("PDF形式には対応していません。");
        assertThat(r.messageHeader().quaInf()).isEqualTo(new QuaInf("佐藤　次郎", "ｻﾄｳ ｼﾞﾛｳ", "19750120", "1"));
        List<MeTrMonthInf> months = r.messageBody().meTrMonthInf();
        assertThat(months).extracting(MeTrMonthInf::meTrMonth, MeTrMonthInf::meTrDiHCd, MeTrMonthInf::diOrg, MeTrMonthInf::inOut)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("202604", "1340000015", "4", "2"),
                        org.assertj.core.groups.Tuple.tuple("202604", "1310000003", "1", "1"),
                        org.assertj.core.groups.Tuple.tuple("202603", "1340000015", "4", "2"));
        List<DiDateInf> days = months.get(0).diDateInfs().diDateInf();
        assertThat(days).extracting(DiDateInf::diDate, DiDateInf::prDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("20260420", "20260419"), org.assertj.core.groups.Tuple.tuple("20260406", null));
        assertThat(days.get(0).drugInfs().drugInf()).hasSize(2).first().isEqualTo(new DrugInf("2171022F1020",
                "アムロジピン錠5mg", "1.5", "錠", "1日1回朝食後", null, "14", null));
        assertThat(months.get(0).meTrDiHNm()).isEqualTo("さくら薬局");
    }

    @Test
    void aRefusalHasNeitherPersonNorBodyNorNotes() {
        var refused = new MedicalAnswer<DrugDispensing>(ConsentCategory.PHARMACISTS_INFO, MedicalOutcome.NO_CONSENT, "E1001",
                "同意なし：薬剤情報の閲覧同意がありません。", null, null, List.of(), LocalDateTime.of(2026, 5, 1, 9, 30));
        DrugInformationResult r = mapper.toResult(refused, HEADER);
        assertThat(r.messageBody()).isNull();
        assertThat(r.messageHeader().quaInf()).isNull();
        assertThat(r.messageHeader().resultCode()).isEqualTo("E1001");
        assertThat(r.messageHeader().messageContents()).isEqualTo("同意なし：薬剤情報の閲覧同意がありません。");
    }

    @Test
    void aGrantedAnswerWithoutLinesHasAnEmptyBody() {
        DrugInformationResult r = mapper.toResult(granted(List.of()), new ResultHeaderFields(null, null, "0", List.of()));
        assertThat(r.messageBody().meTrMonthInf()).isEmpty();
        assertThat(r.messageHeader().messageContents()).isNull();
        assertThat(r.messageHeader().medicalInstitutionCode()).isNull();
    }
}
