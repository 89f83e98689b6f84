package org.openoqs.terminal.viewer;

import java.util.List;

/**
 * 薬剤情報 as the viewer shows it: months, newest first, each with its dispensing dates and drugs.
 *
 * @param patientName from the result header's QuaInf, when present
 */
public record DrugHistory(String patientName, List<Month> months) {

    public DrugHistory {
        months = List.copyOf(months);
    }

    public boolean empty() {
        return months.isEmpty();
    }

    /**
     * One month of one source.
     *
     * @param source where the data comes from: レセプト (MeTr…), 電子処方箋の調剤 (CzDi…) or 処方 (ShPr…) [I for the
     *     meanings, reference §2.7]
     * @param month yyyyMM
     * @param facilities names of the dispensing/prescribing institutions
     * @param inOut 入外区分 as sent
     */
    public record Month(String source, String month, List<String> facilities, String inOut, List<Day> days) {
        public Month {
            facilities = List.copyOf(facilities);
            days = List.copyOf(days);
        }
    }

    /** One dispensing date (DiDate) with its prescription date (PrDate) when given. */
    public record Day(String date, String prescribedOn, List<Drug> drugs) {
        public Day {
            drugs = List.copyOf(drugs);
        }
    }

    /** One DrugInf. */
    public record Drug(String code, String name, String quantity, String unit, String usage, String times,
                       String ingredient, String instruction) {
    }
}
