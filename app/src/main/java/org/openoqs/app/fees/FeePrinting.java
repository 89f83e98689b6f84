package org.openoqs.app.fees;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.openoqs.core.fees.DxUsageThreshold;
import org.openoqs.core.fees.FeeLine;
import org.openoqs.core.fees.FeeRule;
import org.openoqs.core.fees.FeeScenario;
import org.openoqs.core.fees.FeeSimulation;
import org.openoqs.core.fees.MonthlyFee;
import org.openoqs.core.fees.Percent;

/** Text and JSON output of {@code oqs fees}: figures as the leaflet prints them (1,011点, 103,200円). */
final class FeePrinting {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.JAPAN);
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private FeePrinting() {}

    static void simulation(PrintStream out, FeeSimulation s, boolean paperOnly) {
        var in = s.input();
        out.println(in.setting().label() + "  " + (in.wholeMonth() ? in.month().toString() : in.date().toString())
                + "  規則: " + (s.period() == null ? "なし" : s.period().label()) + "  丸め: " + in.rounding().name());
        if (!paperOnly) scenario(out, "カード利用率 " + Percent.format(in.cardRate()) + "（" + in.counting().label() + "）",
                s.atCardRate());
        scenario(out, "全患者が健康保険証", s.allPaper());
        if (!paperOnly) out.println("医療DX推進体制整備加算: " + s.atCardRate().dx().explanation());
        out.println("前提:");
        s.assumptions().forEach(a -> out.println("  - " + a));
        s.notSimulated().forEach(r -> out.println("  - " + r.displayName() + " は在宅の加算のため含めていません"));
        if (!s.warnings().isEmpty()) {
            out.println("警告:");
            s.warnings().forEach(w -> out.println("  ! " + w));
        }
    }

    static void scenario(PrintStream out, String title, FeeScenario s) {
        out.println(title);
        String unit = s.pointsPerDay() != null ? "人/日" : "人/月";
        for (FeeLine l : s.lines()) {
            FeeRule r = l.rule();
            out.println("  " + pad(r.ruleId(), 23) + " " + r.displayName() + "  " + r.points() + "点 × " + count(l.patientsPerUnit())
                    + unit + "  " + r.windowLabel() + "  = " + points(l.pointsPerUnit()) + "点  [" + r.confidence() + "]");
        }
        if (s.lines().isEmpty()) out.println("  （算定できる加算はありません）");
        StringBuilder totals = new StringBuilder("  合計: ");
        if (s.pointsPerDay() != null) {
            totals.append(points(s.pointsPerDay())).append("点/日  ").append(yen(s.yenPerDay())).append("円/日  ");
        }
        totals.append(points(s.pointsPerMonth())).append("点/月  ").append(yen(s.yenPerMonth())).append("円/月  ")
                .append(yen(s.yenPerYear())).append("円/年  （月平均 ").append(yen(s.averageYenPerMonth())).append("円）");
        out.println(totals);
    }

    static void series(PrintStream out, Iterable<MonthlyFee> months) {
        out.println("月        カード利用率(円/月)  全患者保険証(円/月)  規則");
        for (MonthlyFee m : months) {
            String mark = m.beyondKnownRules() ? "仮定: 最後の規則 " : m.periodStarts() ? "▲ " : "";
            out.println(m.month() + "  " + padLeft(yen(m.atCardRateYen()), 18) + "  " + padLeft(yen(m.allPaperYen()), 18)
                    + "  " + mark + String.join("、", m.additions()));
        }
    }

    static void rule(PrintStream out, FeeRule r) {
        out.println(String.join("  ", pad(r.ruleId(), 22), r.setting().name(), pad(r.visit().name(), 10),
                pad(r.variant().name(), 8), r.dxLevel() == null ? "-" : "加算" + r.dxLevel(),
                r.pointsKnown() ? r.points() + "点" : "不明", r.windowLabel(), r.from() + " – " + (r.to() == null ? "" : r.to()),
                "[" + r.confidence() + "]", r.displayName()));
    }

    static void threshold(PrintStream out, DxUsageThreshold t) {
        out.println(String.join("  ", "加算" + t.dxLevel(), t.from() + " – " + (t.to() == null ? "" : t.to()),
                "利用率 ≥ " + Percent.format(t.minimumUsageRate())
                        + (t.pediatricMinimumUsageRate() == null ? "" : "（小児科 " + Percent.format(t.pediatricMinimumUsageRate()) + "）"),
                t.requiresEPrescription() ? "電子処方箋要" : "電子処方箋不要",
                t.requiresPortalConsultation() ? "マイナポータル相談要" : "", "[" + t.confidence() + "]"));
    }

    static void json(PrintStream out, Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
        out.println(JSON.writeValueAsString(value));
    }

    static String yen(Long value) {
        return value == null ? "-" : new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    static String points(BigDecimal value) {
        return new DecimalFormat("#,##0.###", SYMBOLS).format(value);
    }

    private static String count(BigDecimal value) {
        return new DecimalFormat("#,##0.####", SYMBOLS).format(value);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
