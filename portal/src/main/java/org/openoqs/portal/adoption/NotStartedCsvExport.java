package org.openoqs.portal.adoption;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.springframework.stereotype.Component;

/**
 * A prefecture's institutions that are not operating on a date, for the prefecture to contact them (the 山梨県 letter's
 * use case): UTF-8 with a byte-order mark for Excel, RFC 4180, the code vocabulary as headers (the columns of
 * {@code institutions.csv} plus the stage on the date; dates after the date are left empty), like the operator's
 * application export.
 */
@Component
public class NotStartedCsvExport {
    static final List<String> HEADER = List.of("MedicalInstitutionCode", "PrefectureCode", "InstitutionType",
            "InstitutionName", "Mandated", "AdoptionStage", "CardReaderAppliedOn", "UsageAppliedOn", "ReadyOn",
            "OperatingOn");
    private final AdoptionDashboard dashboard;

    public NotStartedCsvExport(AdoptionDashboard dashboard) {
        this.dashboard = dashboard;
    }

    public String export(DashboardScope scope, LocalDate asOf) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (InstitutionAdoption i : dashboard.allNotOperating(scope, asOf)) {
                printer.printRecord(i.medicalInstitutionCode().value(), i.prefecture().code(), i.institutionType().name(),
                        i.institutionName(), i.mandated(), i.stageOn(asOf).name(), text(i.cardReaderAppliedOn(), asOf),
                        text(i.usageAppliedOn(), asOf), text(i.readyOn(), asOf), text(i.operatingOn(), asOf));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** e.g. {@code not-started-19-2022-10-16.csv}. */
    public static String fileName(DashboardScope scope, LocalDate asOf) {
        return "not-started-" + scope.code() + "-" + asOf + ".csv";
    }

    /** A stage's date as known on {@code asOf}: a later date (e.g. of a historical view) is left out. */
    private static String text(LocalDate date, LocalDate asOf) {
        return date == null || date.isAfter(asOf) ? "" : date.toString();
    }
}
