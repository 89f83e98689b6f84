package org.openoqs.core.adoption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;

/**
 * Counts of a population of institutions by prefecture × type × stage on a date, and monthly series of the share that
 * has reached a stage. The population is taken as it is: institutions that opened or closed over the years are not
 * modelled, so every month's share has the same denominator (the registry as imported).
 *
 * <p>One pass over the population answers a date ({@link #on(LocalDate)}) or a whole series
 * ({@link #monthly(YearMonth, LocalDate, AdoptionStage, Prefecture)}: each institution adds one to the month it
 * reached the stage, then the months are summed up), so 229,717 institutions are counted in milliseconds.
 */
public final class AdoptionCensus {
    private static final int PREFECTURES = Prefecture.values().length;
    private static final int TYPES = InstitutionType.values().length;
    private static final int STAGES = AdoptionStage.values().length;
    private final List<InstitutionAdoption> institutions;

    public AdoptionCensus(Collection<InstitutionAdoption> institutions) {
        this.institutions = List.copyOf(institutions);
    }

    public int size() { return institutions.size(); }

    public List<InstitutionAdoption> institutions() { return institutions; }

    /** How many institutions were at each stage on {@code date}. */
    public Tally on(LocalDate date) {
        int[] counts = new int[PREFECTURES * TYPES * 2 * STAGES];
        for (InstitutionAdoption institution : institutions) {
            counts[Tally.index(institution.prefecture(), institution.institutionType(), institution.mandated(),
                    institution.stageOn(date))]++;
        }
        return new Tally(date, counts);
    }

    /**
     * For each month from {@code from} to the month of {@code asOf}: the institutions of {@code prefecture} (null =
     * national) that had reached {@code stage} by the month's last day, or by {@code asOf} for its own month.
     */
    public List<MonthlyPoint> monthly(YearMonth from, LocalDate asOf, AdoptionStage stage, Prefecture prefecture) {
        if (stage == AdoptionStage.NOT_STARTED) throw new IllegalArgumentException("NOT_STARTED is not reached on a date");
        YearMonth to = YearMonth.from(asOf);
        if (to.isBefore(from)) return List.of();
        int months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
        int[][] reachedInMonth = new int[months][TYPES];
        int[] totals = new int[TYPES];
        for (InstitutionAdoption institution : institutions) {
            if (prefecture != null && institution.prefecture() != prefecture) continue;
            int type = institution.institutionType().ordinal();
            totals[type]++;
            LocalDate reached = institution.reachedOn(stage);
            if (reached == null || reached.isAfter(asOf)) continue;
            int month = (int) Math.max(0, ChronoUnit.MONTHS.between(from, YearMonth.from(reached)));
            reachedInMonth[month][type]++;
        }
        return cumulative(from, asOf, reachedInMonth, totals);
    }

    private static List<MonthlyPoint> cumulative(YearMonth from, LocalDate asOf, int[][] reachedInMonth, int[] totals) {
        List<MonthlyPoint> points = new ArrayList<>(reachedInMonth.length);
        int[] running = new int[TYPES];
        for (int m = 0; m < reachedInMonth.length; m++) {
            for (int t = 0; t < TYPES; t++) running[t] += reachedInMonth[m][t];
            YearMonth month = from.plusMonths(m);
            LocalDate end = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            points.add(new MonthlyPoint(month, end, running.clone(), totals.clone()));
        }
        return points;
    }

    /** One month of a series: institutions that had reached the stage by {@code on}, by type, out of the totals. */
    public record MonthlyPoint(YearMonth month, LocalDate on, int[] reachedByType, int[] totalByType) {
        public int reached(InstitutionType type) { return reachedByType[type.ordinal()]; }

        public int reached() { return sum(reachedByType); }

        /** Share 0–1 of the type's institutions; 0 when there are none. */
        public double share(InstitutionType type) {
            return ratio(reachedByType[type.ordinal()], totalByType[type.ordinal()]);
        }

        public double share() { return ratio(sum(reachedByType), sum(totalByType)); }
    }

    /**
     * Counts on one date by prefecture, type, mandate and stage. Every query takes a prefecture (null = national), a
     * type (null = all types) and whether to count mandated institutions only.
     */
    public static final class Tally {
        private final LocalDate date;
        private final int[] counts;

        Tally(LocalDate date, int[] counts) {
            this.date = date;
            this.counts = counts;
        }

        public LocalDate date() { return date; }

        /** Institutions exactly at {@code stage}. */
        public int count(Prefecture prefecture, InstitutionType type, boolean mandatedOnly, AdoptionStage stage) {
            return sum(prefecture, type, mandatedOnly, stage, stage);
        }

        /** Institutions at {@code stage} or beyond it (e.g. "readers applied" includes those operating). */
        public int reached(Prefecture prefecture, InstitutionType type, boolean mandatedOnly, AdoptionStage stage) {
            return sum(prefecture, type, mandatedOnly, stage, AdoptionStage.OPERATING);
        }

        public int total(Prefecture prefecture, InstitutionType type, boolean mandatedOnly) {
            return sum(prefecture, type, mandatedOnly, AdoptionStage.NOT_STARTED, AdoptionStage.OPERATING);
        }

        /** Share 0–1 exactly at {@code stage}; 0 when the selection is empty. */
        public double share(Prefecture prefecture, InstitutionType type, boolean mandatedOnly, AdoptionStage stage) {
            return ratio(count(prefecture, type, mandatedOnly, stage), total(prefecture, type, mandatedOnly));
        }

        /** Share 0–1 at {@code stage} or beyond. */
        public double reachedShare(Prefecture prefecture, InstitutionType type, boolean mandatedOnly, AdoptionStage stage) {
            return ratio(reached(prefecture, type, mandatedOnly, stage), total(prefecture, type, mandatedOnly));
        }

        private int sum(Prefecture prefecture, InstitutionType type, boolean mandatedOnly, AdoptionStage first,
                        AdoptionStage last) {
            int total = 0;
            for (Prefecture p : Prefecture.values()) {
                if (prefecture != null && p != prefecture) continue;
                for (InstitutionType t : InstitutionType.values()) {
                    if (type != null && t != type) continue;
                    for (int s = first.ordinal(); s <= last.ordinal(); s++) {
                        AdoptionStage stage = AdoptionStage.values()[s];
                        total += counts[index(p, t, true, stage)];
                        if (!mandatedOnly) total += counts[index(p, t, false, stage)];
                    }
                }
            }
            return total;
        }

        static int index(Prefecture prefecture, InstitutionType type, boolean mandated, AdoptionStage stage) {
            return (((prefecture.ordinal() * TYPES + type.ordinal()) * 2 + (mandated ? 1 : 0)) * STAGES) + stage.ordinal();
        }
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) total += v;
        return total;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
