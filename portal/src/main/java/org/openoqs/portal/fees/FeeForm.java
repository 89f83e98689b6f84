package org.openoqs.portal.fees;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openoqs.core.fees.CardRateCounting;
import org.openoqs.core.fees.LeafletModelCase;
import org.openoqs.core.fees.Percent;
import org.openoqs.core.fees.WindowAssumption;

/**
 * The simulator's inputs as typed by a person or sent to the JSON API: every field a string (null when absent), so
 * that a bad value becomes a message naming the field rather than a binding failure. Shares are in percent.
 *
 * @param model  {@code clinic} or {@code pharmacy}: start from a leaflet model case; the other fields override it
 * @param date   yyyy-MM-dd: one day's rules instead of the month's (API only)
 * @param until  yyyy-MM: the series' last month (default: the later of {@code month} and this month)
 */
public record FeeForm(String model, String setting, String month, String date, String firstVisitsPerDay,
                      String revisitsPerDay, String daysPerMonth, String patientsPerMonth, String cardRatePercent,
                      String usageRatePercent, String dxFiled, String ePrescription, String portalConsultation,
                      String pediatric, String counting, String rounding, String windows, String until) {

    /** The page's starting point: a clinic like the leaflet's, this month, every patient counted, 医療DX filed. */
    public static FeeForm defaults(YearMonth month) {
        return new FeeForm(null, "MEDICAL", month.toString(), null, "3", "20", "20", "795", "42.4", "", "true", "false",
                "false", "false", CardRateCounting.EVERY_PATIENT.name(), "", WindowAssumption.RECURRING_PATIENTS.name(), null);
    }

    /**
     * A leaflet model case's inputs, as the leaflet counts them. The other setting's fields get the other model case's
     * counts, so that switching 医科 ↔ 薬局 on the page starts from the leaflet's figures rather than from empty fields.
     */
    public static FeeForm preset(LeafletModelCase c) {
        var mix = c.mix();
        boolean clinic = mix.isClinic();
        return new FeeForm(c.name().toLowerCase(), c.setting().name(), LeafletModelCase.MONTH.toString(), null,
                clinic ? mix.firstVisitsPerDay().toPlainString() : "3", clinic ? mix.revisitsPerDay().toPlainString() : "20",
                clinic ? mix.daysPerMonth().toString() : "20", clinic ? "795" : mix.patientsPerMonth().toPlainString(),
                Percent.ofShare(LeafletModelCase.CARD_RATE).toPlainString(), "", "false", "false", "false", "false",
                c.input().counting().name(), c.input().rounding().name(), c.input().windows().name(), null);
    }

    /** This form with every field {@code other} gives replacing its own. */
    public FeeForm overriddenBy(FeeForm other) {
        return new FeeForm(pick(other.model, model), pick(other.setting, setting), pick(other.month, month),
                pick(other.date, date), pick(other.firstVisitsPerDay, firstVisitsPerDay),
                pick(other.revisitsPerDay, revisitsPerDay), pick(other.daysPerMonth, daysPerMonth),
                pick(other.patientsPerMonth, patientsPerMonth), pick(other.cardRatePercent, cardRatePercent),
                pick(other.usageRatePercent, usageRatePercent), pick(other.dxFiled, dxFiled),
                pick(other.ePrescription, ePrescription), pick(other.portalConsultation, portalConsultation),
                pick(other.pediatric, pediatric), pick(other.counting, counting), pick(other.rounding, rounding),
                pick(other.windows, windows), pick(other.until, until));
    }

    /** The inputs as query parameters (model left out: the values are already expanded), for the series URL. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "setting", setting);
        put(p, "month", month);
        put(p, "date", date);
        put(p, "firstVisitsPerDay", firstVisitsPerDay);
        put(p, "revisitsPerDay", revisitsPerDay);
        put(p, "daysPerMonth", daysPerMonth);
        put(p, "patientsPerMonth", patientsPerMonth);
        put(p, "cardRatePercent", cardRatePercent);
        put(p, "usageRatePercent", usageRatePercent);
        put(p, "dxFiled", dxFiled);
        put(p, "ePrescription", ePrescription);
        put(p, "portalConsultation", portalConsultation);
        put(p, "pediatric", pediatric);
        put(p, "counting", counting);
        put(p, "rounding", rounding);
        put(p, "windows", windows);
        put(p, "until", until);
        return p;
    }

    /** A checkbox or JSON flag: true, on, 1 or yes. */
    static boolean checked(String value) {
        return value != null && switch (value.strip().toLowerCase()) {
            case "true", "on", "1", "yes" -> true;
            default -> false;
        };
    }

    public boolean isChecked(String field) {
        return checked(parameters().get(field));
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null && !value.isBlank()) p.put(name, value);
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
