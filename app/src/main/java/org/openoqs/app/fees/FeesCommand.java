package org.openoqs.app.fees;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.fees.CardRateCounting;
import org.openoqs.core.fees.DxFacts;
import org.openoqs.core.fees.FeeAdditionSimulator;
import org.openoqs.core.fees.FeeRuleTable;
import org.openoqs.core.fees.FeeSimulation;
import org.openoqs.core.fees.FeeSimulationInput;
import org.openoqs.core.fees.LeafletModelCase;
import org.openoqs.core.fees.PatientMix;
import org.openoqs.core.fees.Percent;
import org.openoqs.core.fees.RoundingStep;
import org.openoqs.core.fees.WindowAssumption;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.core.table.TableException;
import org.openoqs.portal.fees.FeeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oqs fees}: what the OQS fee additions earn under a month's rules — a leaflet model case ({@code --model}) or
 * the institution's own patient mix — as a breakdown, month by month ({@code --series}), or JSON ({@code --json}, the
 * portal API's format). {@code oqs fees rules} prints the table. Exit 2 on a bad option or table, naming it.
 */
@Command(name = "fees", mixinStandardHelpOptions = true, subcommands = FeesRulesCommand.class,
        description = {"Simulate the OQS fee additions (診療報酬加算) for a month, or print the rules table.",
                "Counts not given come from --model, else from the 2022 leaflet's model cases (clinic: 3 初診 + 20 再診 "
                        + "a day on 20 days; pharmacy: 795 a month), and the card rate from 42.4%."})
public class FeesCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Option(names = "--model", paramLabel = "clinic|pharmacy", description = "Start from a 2022 leaflet model case; other options override it.")
    String model;

    @Option(names = "--setting", paramLabel = "MEDICAL|DENTAL|PHARMACY", description = "医科, 歯科 or 薬局 (default MEDICAL, or the model's).")
    FeeSchedule setting;

    @Option(names = "--month", paramLabel = "yyyy-MM", description = "The month whose rules apply (default: this month, or 2022-04 for a model).")
    YearMonth month;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "One day's rules instead of a month's.")
    LocalDate date;

    @Option(names = "--first", paramLabel = "N", description = "初診 eligible patients per 診療日 (clinics).")
    BigDecimal first;

    @Option(names = "--revisits", paramLabel = "N", description = "再診 eligible patients per 診療日 (clinics).")
    BigDecimal revisits;

    @Option(names = "--days", paramLabel = "N", description = "診療日 per month (clinics).")
    Integer days;

    @Option(names = "--patients", paramLabel = "N", description = "Eligible patients per month (pharmacies).")
    BigDecimal patients;

    @Option(names = "--card-rate", paramLabel = "PERCENT", description = "Share presenting a マイナ保険証 and consenting, in percent.")
    BigDecimal cardRatePercent;

    @Option(names = "--counting", paramLabel = "MYNA_PATIENTS_ONLY|EVERY_PATIENT", description = "Count only the card-rate share (the leaflet) or every patient (default).")
    CardRateCounting counting;

    @Option(names = "--rounding", paramLabel = "DAY|MONTH|NONE", description = "Where points are rounded half-up (default: DAY for clinics, MONTH for pharmacies).")
    RoundingStep rounding;

    @Option(names = "--windows", paramLabel = "RECURRING_PATIENTS|NEW_PATIENTS", description = "How 3/6/12-month windows are counted (default RECURRING_PATIENTS).")
    WindowAssumption windows;

    @Option(names = "--dx-filed", description = "The institution has filed for 医療DX推進体制整備加算.")
    boolean dxFiled;

    @Option(names = "--usage-rate", paramLabel = "PERCENT", description = "マイナ保険証利用率 for the DX level (default: the card rate).")
    BigDecimal usageRatePercent;

    @Option(names = "--e-prescription", description = "電子処方箋 set-up in place (DX 加算1–3 from 2025-04).")
    boolean ePrescription;

    @Option(names = "--portal-consultation", description = "Answers health questions with マイナポータル data (DX 加算1/2, 2024-10 – 2025-03).")
    boolean portalConsultation;

    @Option(names = "--pediatric", description = "May use the 小児科特例 threshold.")
    boolean pediatric;

    @Option(names = "--paper", description = "Print only the case where every patient uses a paper 被保険者証.")
    boolean paperOnly;

    @Option(names = "--series", description = "Print the average monthly yen for every month from 2022-04 to --until.")
    boolean series;

    @Option(names = "--until", paramLabel = "yyyy-MM", description = "Last month of --series (default: the later of --month and this month).")
    YearMonth until;

    @Option(names = "--json", description = "Print JSON (the format of the portal's /api/fees).")
    boolean json;

    @Mixin FeeTableOptions tableOptions;

    @Override
    public Integer call() throws Exception {
        try {
            FeeAdditionSimulator simulator = new FeeAdditionSimulator(tableOptions.table());
            FeeSimulationInput input = input();
            if (series) return printSeries(simulator, input);
            FeeSimulation result = simulator.simulate(input);
            if (json) FeePrinting.json(System.out, FeeJson.Simulation.of(result));
            else FeePrinting.simulation(System.out, result, paperOnly);
            return 0;
        } catch (InvalidValueException e) {
            System.err.println("bad option " + option(e.field()) + ": " + e.reason()
                    + (e.value() == null ? "" : " (value '" + e.value() + "')"));
            return BAD_INPUT;
        } catch (TableException | IllegalArgumentException | IOException e) {
            System.err.println("cannot use the fee tables: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private int printSeries(FeeAdditionSimulator simulator, FeeSimulationInput input) throws Exception {
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"));
        YearMonth last = until != null ? until : input.month().isAfter(now) ? input.month() : now;
        var months = simulator.series(input, last);
        if (json) {
            FeePrinting.json(System.out, new FeeJson.Series(input.setting().name(), input.month(), last,
                    simulator.table().knownThrough().orElse(null), months.stream().map(FeeJson.Month::of).toList()));
        } else {
            FeePrinting.series(System.out, months);
        }
        return 0;
    }

    /** The model case's inputs (if any) with every given option replacing its value. */
    FeeSimulationInput input() {
        LeafletModelCase preset = model == null ? null : LeafletModelCase.parse(model);
        FeeSimulationInput base = preset != null ? preset.input() : FeeSimulationInput.forMonth(
                setting == null ? FeeSchedule.MEDICAL : setting, YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")),
                mixFor(setting == null ? FeeSchedule.MEDICAL : setting, null), new BigDecimal("0.424"), null, null, null, null);
        FeeSchedule chosen = setting != null ? setting : base.setting();
        PatientMix mix = mixFor(chosen, chosen == base.setting() ? base.mix() : null);
        BigDecimal cardRate = cardRatePercent == null ? base.cardRate() : share("cardRate", cardRatePercent);
        DxFacts dx = dxFiled || usageRatePercent != null || ePrescription || portalConsultation || pediatric
                ? new DxFacts(dxFiled, ePrescription, portalConsultation, pediatric,
                        usageRatePercent == null ? null : share("usageRate", usageRatePercent))
                : base.dx();
        RoundingStep step = rounding != null ? rounding : chosen == base.setting() ? base.rounding() : null;
        LocalDate day = date != null ? date : (month != null ? month : base.month()).atEndOfMonth();
        return new FeeSimulationInput(chosen, day, date == null, mix, cardRate,
                counting != null ? counting : base.counting(), dx, step, windows != null ? windows : base.windows());
    }

    /** The given counts over the base mix (the model's, or the leaflet's as a starting point). */
    private PatientMix mixFor(FeeSchedule chosen, PatientMix base) {
        if (chosen == FeeSchedule.PHARMACY) {
            BigDecimal fallback = base != null ? base.patientsPerMonth() : LeafletModelCase.PHARMACY.mix().patientsPerMonth();
            return PatientMix.pharmacy(patients != null ? patients : fallback);
        }
        PatientMix b = base != null ? base : LeafletModelCase.CLINIC.mix();
        return PatientMix.clinic(first != null ? first : b.firstVisitsPerDay(),
                revisits != null ? revisits : b.revisitsPerDay(), days != null ? days : b.daysPerMonth());
    }

    private static BigDecimal share(String field, BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException(field, percent.toPlainString(), "must be 0 to 100 percent");
        }
        return Percent.toShare(percent);
    }

    /** The option a simulator field comes from. */
    static String option(String field) {
        return switch (field) {
            case "cardRate" -> "--card-rate";
            case "usageRate" -> "--usage-rate";
            case "firstVisitsPerDay" -> "--first";
            case "revisitsPerDay" -> "--revisits";
            case "daysPerMonth" -> "--days";
            case "patientsPerMonth" -> "--patients";
            case "month" -> "--month";
            default -> "--" + field;
        };
    }
}
