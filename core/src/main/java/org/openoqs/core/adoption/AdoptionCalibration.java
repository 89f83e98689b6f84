package org.openoqs.core.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openoqs.core.institution.InstitutionType;

/**
 * The national adoption curves the {@link InstitutionPopulationGenerator} draws from: for each type, stage and
 * mandate class, the share of institutions that had reached the stage on each day from {@link #START} to
 * {@link #END} (flat afterwards). The curves pass through knots derived from the dated figures of oqs-rules §5.2 and
 * are S-shaped between knots (smoothstep), so they are monotone and flat at every knot.
 *
 * <p>Anchors, in the published basis (share of all institutions of a type unless "of mandated"):
 * <ul>
 *   <li>[C] 2021-12-19 運用中 病院 20.0%, 医科診療所 6.7%, 歯科診療所 7.3%, 薬局 14.1%; カードリーダー申込 病院 77.9%,
 *       医科診療所 44.3%.</li>
 *   <li>[C] 2021-09 ≈56% had applied for a reader (dated 2021-09-15 here, the month's middle).</li>
 *   <li>[C] 2023-02-19 readers applied 91.8%, 準備完了 59.3%, 運用中 49.6% (53.2% of mandated); 運用中 by type 60.1 /
 *       37.7 / 41.6 / 74.6%.</li>
 *   <li>[C] 2023-03-19 61.8% and 2023-03-26 64.5% of mandated operating.</li>
 *   <li>[S] 2024-05-19 about 211,000 operating (derived from the e-prescription share).</li>
 * </ul>
 * Knots that fill the gaps, all [inferred]: applications open 2020-06-01 (0%); operation starts with the pilot on
 * 2021-03-04 (0%); 2022-10-16 30% operating nationally, consistent with the 山梨県 letter of autumn 2022 (約3割; without
 * this knot an S-curve from 2021-12 to 2023-02 would put half the rise before autumn 2022); reader applications of
 * 歯科診療所 50% and 薬局 80% on 2021-12-19 (薬局 were ahead, as in their operating share); a plateau on 2025-12-01 with
 * 99.8% of mandated institutions having applied for readers and 99.0% operating.
 *
 * <p>Mandated institutions carry every anchor before the mandate: the ~7% not covered by it (paper claims) reach no
 * stage before 2023-04-01 ([C] 113,835 operating = 53.2% of 213,686 mandated leaves no room for them), and afterwards
 * only a few do ([inferred]: 15% apply for readers and 8% operate by 2024-05-19, 18% and 10% by 2025-12-01). How the
 * 16,031 non-mandated split by type is not published; {@link #NON_MANDATED} is an [inferred] split (hospitals all
 * mandated, the exempt mostly small 医科・歯科診療所).
 *
 * <p>Types without a figure for a stage on an anchor date are fitted from the nearest by-type profile: up by closing
 * the same fraction of every type's remaining gap, down proportionally, so the weighted total hits the anchor. The
 * inferred stage 利用申請済 lies halfway between 準備完了 and カードリーダー申込済; 準備完了 lies the fixed fraction ρ
 * of the way from 運用中 to カードリーダー申込済 that makes 2023-02-19 come out at 59.3%.
 */
public final class AdoptionCalibration {
    public static final LocalDate START = LocalDate.of(2020, 6, 1);
    public static final LocalDate PILOT = LocalDate.of(2021, 3, 4);
    public static final LocalDate MANDATE = LocalDate.of(2023, 4, 1);
    public static final LocalDate END = LocalDate.of(2025, 12, 1);
    /** [C] Institutions on 2023-02-19 by type (病院, 医科診療所, 歯科診療所, 薬局): 229,717 in all. */
    public static final int[] REFERENCE_COUNTS = {8_192, 89_695, 70_335, 61_495};
    /** [inferred] Institutions outside the mandate by type; 16,031 in all ([C] 229,717 − 213,686). */
    public static final int[] NON_MANDATED = {0, 8_075, 7_034, 922};
    static final LocalDate AUTUMN_2022 = LocalDate.of(2022, 10, 16);
    private static final LocalDate SEPTEMBER_2021 = LocalDate.of(2021, 9, 15);
    private static final LocalDate DECEMBER_2021 = LocalDate.of(2021, 12, 19);
    private static final LocalDate FEBRUARY_2023 = LocalDate.of(2023, 2, 19);
    private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 19);
    private static final int TYPES = InstitutionType.values().length;
    private static final int DAYS = (int) ChronoUnit.DAYS.between(START, END) + 1;
    private final double[][][] mandated;    // [stage][type][day]
    private final double[][] nonMandated;   // [stage][day], same for every type

    /** A published figure the generated population must reproduce; {@code type} null = all types. */
    public record Anchor(LocalDate date, AdoptionStage stage, InstitutionType type, boolean ofMandated, double share,
                         String source) {}

    private AdoptionCalibration() {
        double[][][] knots = mandatedKnots();
        mandated = new double[AdoptionStage.values().length][TYPES][];
        for (int t = 0; t < TYPES; t++) {
            double[] card = curve(knotMap(knots[0], t));
            double[] operating = curve(knotMap(knots[1], t));
            for (int d = 0; d < DAYS; d++) card[d] = Math.max(card[d], operating[d]);
            fill(mandated, t, card, operating, readinessFraction(knots));
        }
        nonMandated = nonMandatedCurves();
    }

    private static final AdoptionCalibration INSTANCE = new AdoptionCalibration();

    public static AdoptionCalibration national() { return INSTANCE; }

    /** The published figures, with their dates, for tests and documentation. */
    public static List<Anchor> anchors() {
        List<Anchor> anchors = new ArrayList<>();
        String dec2021 = "[C] 2021-12-19 takedamed.com 20220201_3";
        String feb2023 = "[C] 2023-02-19 MHLW 医療保険部会 #163 (wic-net 7870/9)";
        double[] operatingDec = {0.200, 0.067, 0.073, 0.141};
        double[] operatingFeb = {0.601, 0.377, 0.416, 0.746};
        for (InstitutionType type : InstitutionType.values()) {
            anchors.add(new Anchor(DECEMBER_2021, AdoptionStage.OPERATING, type, false, operatingDec[type.ordinal()], dec2021));
            anchors.add(new Anchor(FEBRUARY_2023, AdoptionStage.OPERATING, type, false, operatingFeb[type.ordinal()], feb2023));
        }
        anchors.add(new Anchor(DECEMBER_2021, AdoptionStage.CARD_READER_APPLIED, InstitutionType.HOSPITAL, false, 0.779, dec2021));
        anchors.add(new Anchor(DECEMBER_2021, AdoptionStage.CARD_READER_APPLIED, InstitutionType.MEDICAL_CLINIC, false, 0.443, dec2021));
        anchors.add(new Anchor(SEPTEMBER_2021, AdoptionStage.CARD_READER_APPLIED, null, false, 0.56, "[C] 2021-09 cbnews 20210922"));
        anchors.add(new Anchor(FEBRUARY_2023, AdoptionStage.CARD_READER_APPLIED, null, false, 0.918, feb2023));
        anchors.add(new Anchor(FEBRUARY_2023, AdoptionStage.READY, null, false, 0.593, feb2023));
        anchors.add(new Anchor(FEBRUARY_2023, AdoptionStage.OPERATING, null, false, 0.496, feb2023));
        anchors.add(new Anchor(FEBRUARY_2023, AdoptionStage.OPERATING, null, true, 0.532, feb2023));
        anchors.add(new Anchor(LocalDate.of(2023, 3, 19), AdoptionStage.OPERATING, null, true, 0.618, "[C] cbnews 20230404"));
        anchors.add(new Anchor(LocalDate.of(2023, 3, 26), AdoptionStage.OPERATING, null, true, 0.645, "[C] cbnews 20230404"));
        anchors.add(new Anchor(MAY_2024, AdoptionStage.OPERATING, null, false, 211_000.0 / total(REFERENCE_COUNTS),
                "[S] 2024-05-19 ≈211,000 operating, cbnews 20240529"));
        return anchors;
    }

    /** Share 0–1 of mandated institutions of the type that had reached the stage by {@code date}. */
    public double mandatedShare(InstitutionType type, AdoptionStage stage, LocalDate date) {
        return stage == AdoptionStage.NOT_STARTED ? 1 : mandated[stage.ordinal()][type.ordinal()][day(date)];
    }

    /** Share 0–1 of non-mandated institutions (of any type) that had reached the stage by {@code date}. */
    public double nonMandatedShare(AdoptionStage stage, LocalDate date) {
        return stage == AdoptionStage.NOT_STARTED ? 1 : nonMandated[stage.ordinal()][day(date)];
    }

    /**
     * The first day on which the curve reaches {@code quantile} (0–1): an institution at that quantile of its type
     * reaches the stage that day; null when the curve never gets there (it never reaches the stage).
     */
    public LocalDate firstDay(InstitutionType type, boolean isMandated, AdoptionStage stage, double quantile) {
        double[] curve = isMandated ? mandated[stage.ordinal()][type.ordinal()] : nonMandated[stage.ordinal()];
        if (curve[DAYS - 1] < quantile) return null;
        int low = 0;
        int high = DAYS - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (curve[mid] >= quantile) high = mid; else low = mid + 1;
        }
        return START.plusDays(low);
    }

    // --- knots --------------------------------------------------------------------------------------------------

    /** [card-reader knots, operating knots], each {date index → shares by type}, on the mandated basis. */
    private static double[][][] mandatedKnots() {
        double[] weights = mandatedCounts();
        double[] opDec = toMandated(new double[] {0.200, 0.067, 0.073, 0.141});
        double[] opFeb = toMandated(new double[] {0.601, 0.377, 0.416, 0.746});
        double[] cardDec = toMandated(new double[] {0.779, 0.443, 0.50, 0.80});
        double ofAll = total(REFERENCE_COUNTS) / total(weights);
        double[] cardFeb = fit(cardDec, weights, 0.918 * ofAll);
        double nonMandatedOperatingMay2024 = 0.08 * total(NON_MANDATED);
        int[] operating = {day(PILOT), day(DECEMBER_2021), day(AUTUMN_2022), day(FEBRUARY_2023),
                day(LocalDate.of(2023, 3, 19)), day(LocalDate.of(2023, 3, 26)), day(MAY_2024), day(END)};
        double[][] operatingShares = {zeros(), opDec, fit(opFeb, weights, 0.30 * ofAll), opFeb, fit(opFeb, weights, 0.618),
                fit(opFeb, weights, 0.645), fit(opFeb, weights, (211_000 - nonMandatedOperatingMay2024) / total(weights)),
                fit(opFeb, weights, 0.990)};
        int[] card = {day(START), day(SEPTEMBER_2021), day(DECEMBER_2021), day(FEBRUARY_2023), day(MAY_2024), day(END)};
        double[][] cardShares = {zeros(), fit(cardDec, weights, 0.56 * ofAll), cardDec, cardFeb,
                fit(cardFeb, weights, 0.995), fit(cardFeb, weights, 0.998)};
        return new double[][][] {pack(card, cardShares), pack(operating, operatingShares)};
    }

    /** Rows of {day, share by type…}. */
    private static double[][] pack(int[] days, double[][] shares) {
        double[][] rows = new double[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            rows[i] = new double[TYPES + 1];
            rows[i][0] = days[i];
            System.arraycopy(shares[i], 0, rows[i], 1, TYPES);
        }
        return rows;
    }

    private static Map<Integer, Double> knotMap(double[][] rows, int type) {
        Map<Integer, Double> knots = new TreeMap<>();
        for (double[] row : rows) knots.put((int) row[0], row[type + 1]);
        return knots;
    }

    /** ρ: how far 準備完了 lies from 運用中 towards カードリーダー申込済, fitted to [C] 59.3% on 2023-02-19. */
    private static double readinessFraction(double[][][] knots) {
        double[] weights = mandatedCounts();
        double card = weighted(row(knots[0], day(FEBRUARY_2023)), weights);
        double operating = weighted(row(knots[1], day(FEBRUARY_2023)), weights);
        double ready = 0.593 * total(REFERENCE_COUNTS) / total(weights);
        return (ready - operating) / (card - operating);
    }

    private static double[] row(double[][] rows, int day) {
        for (double[] row : rows) {
            if ((int) row[0] == day) {
                double[] shares = new double[TYPES];
                System.arraycopy(row, 1, shares, 0, TYPES);
                return shares;
            }
        }
        throw new IllegalStateException("no knot on day " + day);
    }

    private static void fill(double[][][] curves, int type, double[] card, double[] operating, double rho) {
        double[] ready = new double[DAYS];
        double[] usage = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            ready[d] = operating[d] + rho * (card[d] - operating[d]);
            usage[d] = (ready[d] + card[d]) / 2;
        }
        curves[AdoptionStage.CARD_READER_APPLIED.ordinal()][type] = card;
        curves[AdoptionStage.USAGE_APPLIED.ordinal()][type] = usage;
        curves[AdoptionStage.READY.ordinal()][type] = ready;
        curves[AdoptionStage.OPERATING.ordinal()][type] = operating;
    }

    private static double[][] nonMandatedCurves() {
        double[] card = curve(Map.of(day(MANDATE), 0.0, day(MAY_2024), 0.15, day(END), 0.18));
        double[] operating = curve(Map.of(day(MANDATE), 0.0, day(MAY_2024), 0.08, day(END), 0.10));
        double[][][] holder = new double[AdoptionStage.values().length][1][];
        fill(holder, 0, card, operating, 0.5);
        double[][] curves = new double[AdoptionStage.values().length][];
        for (AdoptionStage stage : AdoptionStage.milestones()) curves[stage.ordinal()] = holder[stage.ordinal()][0];
        return curves;
    }

    /** Daily values through the knots: 0 before the first, smoothstep between knots, flat after the last. */
    private static double[] curve(Map<Integer, Double> knots) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(knots);
        double[] values = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            Map.Entry<Integer, Double> before = sorted.floorEntry(d);
            Map.Entry<Integer, Double> after = sorted.ceilingEntry(d);
            if (before == null) values[d] = 0;
            else if (after == null || after.getKey().equals(before.getKey())) values[d] = before.getValue();
            else {
                double x = (double) (d - before.getKey()) / (after.getKey() - before.getKey());
                values[d] = before.getValue() + (after.getValue() - before.getValue()) * x * x * (3 - 2 * x);
            }
        }
        return values;
    }

    /**
     * The by-type profile moved so its weighted total is {@code target}: up by closing the same fraction of every
     * type's gap to 100%, down in proportion.
     */
    static double[] fit(double[] profile, double[] weights, double target) {
        double current = weighted(profile, weights);
        double[] fitted = new double[profile.length];
        for (int i = 0; i < profile.length; i++) {
            fitted[i] = target >= current
                    ? profile[i] + (target - current) / (1 - current) * (1 - profile[i])
                    : profile[i] * target / current;
        }
        return fitted;
    }

    /** A published share of all institutions of each type, as a share of the type's mandated institutions. */
    private static double[] toMandated(double[] ofAll) {
        double[] shares = new double[TYPES];
        for (int t = 0; t < TYPES; t++) {
            shares[t] = ofAll[t] * REFERENCE_COUNTS[t] / (REFERENCE_COUNTS[t] - NON_MANDATED[t]);
        }
        return shares;
    }

    private static double[] mandatedCounts() {
        double[] counts = new double[TYPES];
        for (int t = 0; t < TYPES; t++) counts[t] = REFERENCE_COUNTS[t] - NON_MANDATED[t];
        return counts;
    }

    private static double weighted(double[] shares, double[] weights) {
        double sum = 0;
        for (int i = 0; i < shares.length; i++) sum += shares[i] * weights[i];
        return sum / total(weights);
    }

    private static double total(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return sum;
    }

    private static double total(int[] values) {
        double sum = 0;
        for (int v : values) sum += v;
        return sum;
    }

    private static double[] zeros() { return new double[TYPES]; }

    private static int day(LocalDate date) {
        long d = ChronoUnit.DAYS.between(START, date);
        return (int) Math.max(0, Math.min(DAYS - 1, d));
    }
}
