package org.openoqs.portal.adoption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoqs.core.adoption.AdoptionCensus;
import org.openoqs.core.adoption.AdoptionStage;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures and lists, from the merged {@link AdoptionFigures census}: stage shares by type, the monthly
 * operating share from the pilot month 2021-03 ([C] プレ運用 2021-03-04), the 47-prefecture table, and a
 * prefecture's institutions not yet operating.
 */
@Service
public class AdoptionDashboard {
    /** The series starts with the pilot (2021-03-04). */
    public static final YearMonth SERIES_START = YearMonth.of(2021, 3);
    public static final int PAGE_SIZE = 50;
    static final String ALL = "ALL";
    private final AdoptionFigures figures;

    public AdoptionDashboard(AdoptionFigures figures) {
        this.figures = figures;
    }

    public DashboardFigures figures(DashboardScope scope, LocalDate asOf) {
        AdoptionCensus census = figures.census();
        AdoptionCensus.Tally tally = census.on(asOf);
        Prefecture p = scope.prefecture();
        List<DashboardFigures.TypeRow> byType = new ArrayList<>();
        for (InstitutionType type : InstitutionType.values()) byType.add(typeRow(tally, p, type));
        int mandated = tally.total(p, null, true);
        int operatingMandated = tally.reached(p, null, true, AdoptionStage.OPERATING);
        return new DashboardFigures(asOf, scope.code(), scope.label(), stages(), byType, typeRow(tally, p, null),
                mandated, operatingMandated, percent(operatingMandated, mandated), series(census, asOf, p),
                scope.national() ? prefectureRows(tally) : List.of());
    }

    /** A page (0-based) of the scope's institutions not operating on {@code asOf}, optionally of one type or stage. */
    public NotOperatingPage notOperating(DashboardScope scope, LocalDate asOf, InstitutionType type, AdoptionStage stage,
                                         int page) {
        List<InstitutionAdoption> matching = allNotOperating(scope, asOf).stream()
                .filter(i -> type == null || i.institutionType() == type)
                .filter(i -> stage == null || i.stageOn(asOf) == stage).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        List<NotOperatingPage.Row> rows = matching.subList(current * PAGE_SIZE,
                        Math.min(matching.size(), (current + 1) * PAGE_SIZE)).stream()
                .map(i -> new NotOperatingPage.Row(i, i.stageOn(asOf), asOf)).toList();
        return new NotOperatingPage(rows, matching.size(), current, pages);
    }

    /** Every institution of the scope not operating on {@code asOf}, by 医療機関等コード. */
    public List<InstitutionAdoption> allNotOperating(DashboardScope scope, LocalDate asOf) {
        return figures.census().institutions().stream()
                .filter(i -> scope.national() || i.prefecture() == scope.prefecture())
                .filter(i -> i.stageOn(asOf) != AdoptionStage.OPERATING)
                .sorted(java.util.Comparator.comparing(i -> i.medicalInstitutionCode().value())).toList();
    }

    /** One page of the not-operating list. */
    public record NotOperatingPage(List<Row> rows, int total, int page, int pages) {
        /** An institution and its stage on the as-of date; dates after that day are not shown. */
        public record Row(InstitutionAdoption institution, AdoptionStage stage, LocalDate asOf) {
            public LocalDate reachedOn(String stageName) {
                LocalDate date = institution.reachedOn(AdoptionStage.valueOf(stageName));
                return date == null || date.isAfter(asOf) ? null : date;
            }
        }
    }

    private static List<DashboardFigures.StageInfo> stages() {
        return Arrays.stream(AdoptionStage.values())
                .map(s -> new DashboardFigures.StageInfo(s.name(), s.label(), s.calibrated())).toList();
    }

    private static DashboardFigures.TypeRow typeRow(AdoptionCensus.Tally tally, Prefecture p, InstitutionType type) {
        int total = tally.total(p, type, false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (AdoptionStage stage : AdoptionStage.values()) {
            int count = tally.count(p, type, false, stage);
            counts.put(stage.name(), count);
            shares.put(stage.name(), percent(count, total));
        }
        return new DashboardFigures.TypeRow(type == null ? ALL : type.name(), type == null ? "全体" : type.label(), total,
                counts, shares, percent(counts.get(AdoptionStage.OPERATING.name()), total));
    }

    private static DashboardFigures.Series series(AdoptionCensus census, LocalDate asOf, Prefecture p) {
        List<AdoptionCensus.MonthlyPoint> points = census.monthly(SERIES_START, asOf, AdoptionStage.OPERATING, p);
        Map<String, List<Double>> byType = new LinkedHashMap<>();
        for (InstitutionType type : InstitutionType.values()) {
            byType.put(type.name(), points.stream().map(point -> round(100 * point.share(type))).toList());
        }
        byType.put(ALL, points.stream().map(point -> round(100 * point.share())).toList());
        return new DashboardFigures.Series(points.stream().map(point -> point.month().toString()).toList(), byType);
    }

    private static List<DashboardFigures.PrefectureRow> prefectureRows(AdoptionCensus.Tally tally) {
        List<DashboardFigures.PrefectureRow> rows = new ArrayList<>();
        for (Prefecture p : Prefecture.values()) {
            int total = tally.total(p, null, false);
            int operating = tally.reached(p, null, false, AdoptionStage.OPERATING);
            rows.add(new DashboardFigures.PrefectureRow(p.code(), p.label(), total, operating, percent(operating, total),
                    total - operating));
        }
        return rows;
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
