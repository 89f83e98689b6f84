package org.openoqs.core.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an institution would earn from the OQS-related fee additions under the rules of a day or month, computed the
 * way the 2022 leaflet computes its model cases (oqs-rules §3.6): expected points = Σ points × eligible patients ×
 * the share of them the row pays for, rounded half-up once at the {@link RoundingStep}, × 10円, × 診療日, × 12.
 *
 * <p>Two scenarios are always computed: at the card rate (the マイナ rows on the card-rate share; the rest on the
 * no-マイナ/fallback rows unless {@link CardRateCounting#MYNA_PATIENTS_ONLY}), and all patients on paper cards (card
 * rate 0, so the 医療DX level is chosen with a 0% usage rate too). 医療DX推進体制整備加算 is counted at the level the
 * institution's facts reach ({@link DxLevelSelector}).
 *
 * <p>After the table's last known day (2026-05-31 bundled) the last known rules are carried forward and the result
 * says so ({@link FeeSimulation#beyondKnownRules()}); before 2022-04-01 no addition existed.
 */
public final class FeeAdditionSimulator {
    static final BigDecimal YEN_PER_POINT = BigDecimal.TEN;
    private static final int MONTHS = 12;

    private final FeeRuleTable table;
    private final DxLevelSelector dxLevels;

    public FeeAdditionSimulator(FeeRuleTable table) {
        this.table = table;
        this.dxLevels = new DxLevelSelector(table);
    }

    public FeeRuleTable table() {
        return table;
    }

    public FeeSimulation simulate(FeeSimulationInput input) {
        List<String> assumptions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Optional<LocalDate> known = table.knownThrough();
        boolean beyond = known.isPresent() && input.date().isAfter(known.get());
        LocalDate day = beyond ? known.get() : input.date();
        Optional<RulesPeriod> period = table.periodOn(day);
        if (beyond) assumptions.add(beyondKnown(known.get(), period.orElseThrow()));
        if (period.isEmpty()) warnings.add(table.firstDay() + "より前には、オンライン資格確認に関する加算はありません");
        if (input.wholeMonth() && period.isPresent()) changeWithinMonth(input, period.get()).ifPresent(assumptions::add);
        List<FeeRule> inForce = table.rulesOn(day, input.setting());
        List<FeeRule> simulated = inForce.stream().filter(r -> r.visit() != FeeVisit.HOME).toList();
        BigDecimal usageRate = usageRate(input, assumptions);
        FeeScenario atCardRate = scenario(input, simulated, day, input.cardRate(), input.counting(), usageRate, warnings);
        FeeScenario allPaper = scenario(input, simulated, day, BigDecimal.ZERO, CardRateCounting.EVERY_PATIENT,
                BigDecimal.ZERO, new ArrayList<>());
        describe(input, atCardRate, allPaper, assumptions);
        return new FeeSimulation(input, day, period.orElse(null), beyond, atCardRate, allPaper, assumptions, warnings,
                inForce.stream().filter(r -> r.visit() == FeeVisit.HOME).toList());
    }

    /** The average monthly yen (year ÷ 12) for every month from the table's first month to {@code until}. */
    public List<MonthlyFee> series(FeeSimulationInput input, YearMonth until) {
        List<MonthlyFee> months = new ArrayList<>();
        RulesPeriod previous = null;
        for (YearMonth m = YearMonth.from(table.firstDay()); !m.isAfter(until); m = m.plusMonths(1)) {
            FeeSimulation s = simulate(input.withMonth(m));
            boolean starts = s.period() != null && !s.period().equals(previous);
            months.add(new MonthlyFee(m, s.period(), starts, s.beyondKnownRules(), s.atCardRate().averageYenPerMonth(),
                    s.allPaper().averageYenPerMonth(), additionNames(s)));
            previous = s.period();
        }
        return months;
    }

    private FeeScenario scenario(FeeSimulationInput input, List<FeeRule> rules, LocalDate day, BigDecimal cardRate,
                                 CardRateCounting counting, BigDecimal usageRate, List<String> warnings) {
        DxLevelChoice dx = dxLevels.choose(rules, day, input.dx(), usageRate);
        if (dx.pointsUnknown()) {
            warnings.add(input.setting().label() + " " + dx.rule().displayName() + " の点数は不明です（確度U）: 計算に含めていません");
        }
        List<FeeLine> lines = new ArrayList<>();
        for (FeeRule rule : rules) {
            if (rule.isDxLevel() && !rule.equals(dx.rule())) continue;
            if (!rule.pointsKnown()) continue;
            BigDecimal patients = input.mix().perUnit(rule.visit()).multiply(share(rule.variant(), cardRate, counting));
            if (patients.signum() > 0 && rule.points() > 0) {
                lines.add(new FeeLine(rule, patients, patients.multiply(BigDecimal.valueOf(rule.points()))));
            }
        }
        return totals(input, cardRate, lines, dx);
    }

    /** The share of the eligible patients a row pays for. */
    static BigDecimal share(FeeVariant variant, BigDecimal cardRate, CardRateCounting counting) {
        boolean everyone = counting == CardRateCounting.EVERY_PATIENT;
        return switch (variant) {
            case MYNA -> cardRate;
            case NO_MYNA, FALLBACK -> everyone ? BigDecimal.ONE.subtract(cardRate) : BigDecimal.ZERO;
            case ANY -> everyone ? BigDecimal.ONE : cardRate;
        };
    }

    private static FeeScenario totals(FeeSimulationInput input, BigDecimal cardRate, List<FeeLine> lines, DxLevelChoice dx) {
        PatientMix mix = input.mix();
        RoundingStep step = input.rounding();
        BigDecimal year = BigDecimal.ZERO;
        for (int month = 0; month < MONTHS; month++) year = year.add(monthYen(input, unitPoints(input, lines, month)));
        BigDecimal peakUnit = unitPoints(input, lines, 0);
        BigDecimal peakMonthPoints = monthPoints(step, mix, peakUnit);
        BigDecimal dayPoints = mix.isClinic() ? (step == RoundingStep.DAY ? whole(peakUnit) : exact(peakUnit)) : null;
        Long dayYen = dayPoints == null ? null : whole(dayPoints.multiply(YEN_PER_POINT)).longValueExact();
        return new FeeScenario(cardRate, lines, dx, dayPoints, exact(peakMonthPoints), dayYen,
                whole(monthYen(input, peakUnit)).longValueExact(), whole(year).longValueExact(),
                year.divide(BigDecimal.valueOf(MONTHS), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Expected points per counting unit (day or month) from the lines that earn in month {@code index} of a year. */
    private static BigDecimal unitPoints(FeeSimulationInput input, List<FeeLine> lines, int index) {
        return lines.stream().filter(l -> input.windows().earns(l.windowMonths(), index)).map(FeeLine::pointsPerUnit)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A month's points, rounded at the step: per day then × 診療日, per month, or not at all. */
    private static BigDecimal monthPoints(RoundingStep step, PatientMix mix, BigDecimal unitPoints) {
        BigDecimal units = BigDecimal.valueOf(mix.unitsPerMonth());
        return switch (step) {
            case DAY -> whole(unitPoints).multiply(units);
            case MONTH -> whole(unitPoints.multiply(units));
            case NONE -> unitPoints.multiply(units);
        };
    }

    private static BigDecimal monthYen(FeeSimulationInput input, BigDecimal unitPoints) {
        return monthPoints(input.rounding(), input.mix(), unitPoints).multiply(YEN_PER_POINT);
    }

    private static BigDecimal whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    private static BigDecimal exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal usageRate(FeeSimulationInput input, List<String> assumptions) {
        if (input.dx().usageRate() != null) return input.dx().usageRate();
        if (input.dx().filed()) {
            assumptions.add("医療DX推進体制整備加算の利用率が入力されていないため、カード利用率 " + Percent.format(input.cardRate())
                    + " を利用率として区分を判定しています");
        }
        return input.cardRate();
    }

    private static String beyondKnown(LocalDate known, RulesPeriod last) {
        return known + "より後の規則は分かっていません。最後に分かっている規則（" + last.label()
                + "）がそのまま続くと仮定して計算しています";
    }

    /** A month whose rules change after its first day is computed with its last day's rules; say so. */
    private static Optional<String> changeWithinMonth(FeeSimulationInput input, RulesPeriod period) {
        LocalDate first = input.month().atDay(1);
        if (!period.from().isAfter(first)) return Optional.empty();
        return Optional.of(input.month() + "は" + period.from() + "に規則が変わるため、月全体を" + period.from()
                + "からの規則で計算しています（" + first + "〜" + period.from().minusDays(1) + "は以前の規則）");
    }

    private static void describe(FeeSimulationInput input, FeeScenario atCardRate, FeeScenario allPaper,
                                 List<String> assumptions) {
        assumptions.add("算定対象の来院はすべて、その患者のその月の初回とみなします（リーフレットの前提）");
        assumptions.add("カード利用率 " + Percent.format(input.cardRate()) + " = マイナ保険証を提示し情報取得に同意した患者の割合。"
                + "数え方: " + input.counting().label());
        boolean windowed = atCardRate.lines().stream().anyMatch(l -> l.windowMonths() > 1)
                || allPaper.lines().stream().anyMatch(l -> l.windowMonths() > 1);
        if (windowed) assumptions.add("算定回数の制限（3月に1回など）: " + input.windows().label());
        assumptions.add("丸め: " + input.rounding().label() + "（四捨五入）");
        if (input.dx().filed()) {
            assumptions.add("医療DX推進体制整備加算は、利用率・電子処方箋・マイナポータル相談以外の施設基準を満たし届出済みと仮定");
        }
    }

    private static List<String> additionNames(FeeSimulation s) {
        List<String> names = new ArrayList<>();
        for (FeeScenario scenario : List.of(s.atCardRate(), s.allPaper())) {
            for (FeeLine line : scenario.lines()) {
                if (!names.contains(line.rule().additionName())) names.add(line.rule().additionName());
            }
        }
        return names;
    }
}
