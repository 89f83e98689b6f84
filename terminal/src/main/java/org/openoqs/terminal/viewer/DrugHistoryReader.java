package org.openoqs.terminal.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openoqs.wire.xml.XmlNode;

/**
 * Reads a {@code YZKsiquc01res} into a {@link DrugHistory}, tolerantly: the three month trees (MeTrMonthInf,
 * CzDiInf/CzDiMonthInf, ShPrInf/ShPrMonthInf) share one shape with prefixed names [C] reference §2.7, so months, dates
 * and drugs are found by name suffix ({@code …MonthInf}, {@code …DateInf}, {@code …DrugInf}) wherever they sit.
 */
public final class DrugHistoryReader {

    private static final Map<String, String> SOURCES = Map.of(
            "MeTr", "レセプト情報", "CzDi", "電子処方箋（調剤）", "ShPr", "電子処方箋（処方）");

    public DrugHistory read(XmlNode root) {
        String patient = root.path("MessageHeader/QuaInf").map(q -> XmlSearch.text(q, "Name")).orElse(null);
        List<DrugHistory.Month> months = new ArrayList<>();
        for (XmlNode month : XmlSearch.outermost(root, n -> n.endsWith("MonthInf"))) {
            months.add(month(month));
        }
        months.sort(Comparator.comparing((DrugHistory.Month m) -> m.month() == null ? "" : m.month()).reversed());
        return new DrugHistory(patient, months);
    }

    private static DrugHistory.Month month(XmlNode month) {
        String prefix = month.name().substring(0, Math.min(4, month.name().length()));
        Set<String> facilities = new LinkedHashSet<>();
        for (XmlNode child : month.children()) {
            if (child.isLeaf() && child.name().endsWith("HNm") && !child.text().isBlank()) {
                facilities.add(child.text().strip());
            }
        }
        List<DrugHistory.Day> days = new ArrayList<>();
        for (XmlNode day : XmlSearch.outermost(month, n -> n.endsWith("DateInf"))) {
            days.add(day(day));
        }
        days.sort(Comparator.comparing((DrugHistory.Day d) -> d.date() == null ? "" : d.date()).reversed());
        String yyyymm = XmlSearch.text(month, prefix + "Month", "MeTrMonth");
        if (yyyymm == null) {
            yyyymm = XmlSearch.textEndingWith(month, "Month");
        }
        return new DrugHistory.Month(SOURCES.getOrDefault(prefix, prefix), yyyymm, List.copyOf(facilities),
                XmlSearch.text(month, "InOut"), days);
    }

    private static DrugHistory.Day day(XmlNode day) {
        List<DrugHistory.Drug> drugs = new ArrayList<>();
        for (XmlNode drug : XmlSearch.outermost(day, n -> n.endsWith("DrugInf"))) {
            drugs.add(new DrugHistory.Drug(XmlSearch.textEndingWith(drug, "DrugC"), XmlSearch.textEndingWith(drug, "DrugN"),
                    XmlSearch.text(drug, "Qua1"), XmlSearch.text(drug, "Unit"), XmlSearch.textEndingWith(drug, "UsageN"),
                    XmlSearch.text(drug, "Times"), XmlSearch.textEndingWith(drug, "IngreN"),
                    XmlSearch.textEndingWith(drug, "SpInst")));
        }
        String date = XmlSearch.text(day, "DiDate");
        if (date == null) {
            date = XmlSearch.textEndingWith(day, "DiDate");
        }
        return new DrugHistory.Day(date, XmlSearch.textEndingWith(day, "PrDate"), drugs);
    }
}
