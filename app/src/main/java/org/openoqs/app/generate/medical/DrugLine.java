package org.openoqs.app.generate.medical;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One line of {@code drug-dispensings.csv} under construction. */
record DrugLine(String personKey, LocalDate diDate, MedicalInstitutions.Institution where, CatalogDrug drug, int times,
                LocalDate prDate) {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");

    /** The values in the order of {@code DrugDispensingColumn}. */
    List<String> values() {
        return List.of(personKey, diDate.format(YYYYMMDD), diDate.format(YYYYMM), where.code().value(), where.name(),
                where.pharmacy() ? "2" : "1", drug.code(), drug.name(), drug.ingredient(), drug.quantity(), drug.unit(),
                drug.usage(), String.valueOf(times), drug.instruction() == null ? "" : drug.instruction(),
                prDate == null ? "" : prDate.format(YYYYMMDD));
    }
}
