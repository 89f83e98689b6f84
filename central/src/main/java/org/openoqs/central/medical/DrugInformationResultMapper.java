package org.openoqs.central.medical;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.InOut;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.wire.medical.DiDateInf;
import org.openoqs.wire.medical.DiDateInfs;
import org.openoqs.wire.medical.DrugInf;
import org.openoqs.wire.medical.DrugInformationResult;
import org.openoqs.wire.medical.DrugInformationResultBody;
import org.openoqs.wire.medical.DrugInformationResultHeader;
import org.openoqs.wire.medical.DrugInfs;
import org.openoqs.wire.medical.MeTrMonthInf;
import org.openoqs.wire.medical.QuaInf;

/**
 * A 薬剤情報 answer as a YZKsiquc01res. Lines (newest day first, as stored) are grouped into one MeTrMonthInf per
 * month, institution and InOut, and within it one DiDateInf per DiDate and PrDate — so months and days come newest
 * first and drugs of a day in the order received.
 */
final class DrugInformationResultMapper {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");

    DrugInformationResult toResult(MedicalAnswer<DrugDispensing> answer, ResultHeaderFields header) {
        QuaInf person = answer.person() == null ? null : new QuaInf(answer.person().name(), answer.person().nameKana(),
                OqsDates.format(answer.person().birthdate()), answer.person().sex().code());
        DrugInformationResultHeader h = new DrugInformationResultHeader(OqsDates.format(answer.answeredAt()),
                header.institutionCode(), header.arbitraryFileIdentifier(), header.characterCodeIdentifier(),
                answer.resultCode(), header.messageContents(answer), person);
        return new DrugInformationResult(h, answer.granted() ? new DrugInformationResultBody(months(answer.entries())) : null);
    }

    private record MonthKey(YearMonth month, MedicalInstitutionCode institution, InOut inOut) {}

    private record DayKey(java.time.LocalDate diDate, java.time.LocalDate prDate) {}

    private static List<MeTrMonthInf> months(List<DrugDispensing> lines) {
        Map<MonthKey, List<DrugDispensing>> byMonth = new LinkedHashMap<>();
        for (DrugDispensing d : lines) {
            byMonth.computeIfAbsent(new MonthKey(d.meTrMonth(), d.meTrDiHCd(), d.inOut()), k -> new ArrayList<>()).add(d);
        }
        List<MeTrMonthInf> months = new ArrayList<>();
        byMonth.forEach((key, monthLines) -> months.add(new MeTrMonthInf(
                String.valueOf(key.institution().feeSchedule().digit()), key.institution().value(),
                monthLines.get(0).meTrDiHNm(), key.month().format(MONTH), key.inOut().code(),
                new DiDateInfs(days(monthLines)))));
        return months;
    }

    private static List<DiDateInf> days(List<DrugDispensing> lines) {
        Map<DayKey, List<DrugInf>> byDay = new LinkedHashMap<>();
        for (DrugDispensing d : lines) {
            byDay.computeIfAbsent(new DayKey(d.diDate(), d.prDate()), k -> new ArrayList<>()).add(drug(d));
        }
        List<DiDateInf> days = new ArrayList<>();
        byDay.forEach((key, drugs) -> days.add(new DiDateInf(OqsDates.format(key.diDate()), OqsDates.format(key.prDate()),
                new DrugInfs(drugs))));
        return days;
    }

    private static DrugInf drug(DrugDispensing d) {
        return new DrugInf(d.drugC().value(), d.drugN(), d.qua1().toPlainString(), d.unit(), d.usageN(), d.spInst(),
                String.valueOf(d.times()), d.ingreN());
    }
}
