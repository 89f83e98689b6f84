package org.openoqs.portal.adoption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows for one scope and date, as rendered on the page and served as JSON to the charts. Counts
 * are exact; shares are percentages rounded to 0.1. Stage maps are keyed by {@code AdoptionStage} name, in stage
 * order; type rows by {@code InstitutionType} name, with {@code ALL} for all types together.
 *
 * @param prefectureCode null for the national view
 * @param prefectures    the 47 prefectures (national view only; empty for a prefecture)
 */
public record DashboardFigures(LocalDate asOf, String prefectureCode, String scopeLabel, List<StageInfo> stages,
                               List<TypeRow> byType, TypeRow allTypes, int mandated, int operatingMandated,
                               double operatingShareOfMandated, Series operatingSeries, List<PrefectureRow> prefectures) {

    /** One stage: its code name, label, and whether national figures exist for it. */
    public record StageInfo(String stage, String label, boolean calibrated) {}

    /** One type (or ALL): the count and share at each stage. */
    public record TypeRow(String type, String label, int total, Map<String, Integer> counts, Map<String, Double> shares,
                          double operatingShare) {}

    /** Month by month from 2021-03, the operating share of each type (and ALL) at the month's end or the as-of date. */
    public record Series(List<String> months, Map<String, List<Double>> operatingShareByType) {}

    /** One prefecture in the national table. */
    public record PrefectureRow(String prefectureCode, String name, int total, int operating, double operatingShare,
                                int notOperating) {}
}
