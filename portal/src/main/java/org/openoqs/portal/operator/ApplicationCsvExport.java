package org.openoqs.portal.operator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.account.PortalAccount;
import org.openoqs.portal.application.ApplicationKind;
import org.openoqs.portal.application.CardReaderApplications;
import org.openoqs.portal.application.UsageApplications;
import org.openoqs.portal.subsidy.SubsidyApplications;
import org.springframework.stereotype.Component;

/**
 * The operator's CSV export of one kind of application: UTF-8 with a byte-order mark (so Excel on Japanese Windows
 * reads it), RFC 4180 quoting, and the code vocabulary as headers (MedicalInstitutionCode, InstitutionName, …) so
 * the file reads the same as the portal's other data. Every application is exported, whatever its status.
 */
@Component
public class ApplicationCsvExport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final AccountRepository accounts;
    private final CardReaderApplications cardReaders;
    private final UsageApplications usage;
    private final SubsidyApplications subsidies;

    public ApplicationCsvExport(AccountRepository accounts, CardReaderApplications cardReaders, UsageApplications usage,
                                SubsidyApplications subsidies) {
        this.accounts = accounts;
        this.cardReaders = cardReaders;
        this.usage = usage;
        this.subsidies = subsidies;
    }

    public String export(ApplicationKind kind) {
        Map<String, PortalAccount> byCode = accounts.all().stream()
                .collect(Collectors.toMap(PortalAccount::medicalInstitutionCode, Function.identity()));
        return switch (kind) {
            case CARD_READER -> csv(List.of("ApplicationId", "MedicalInstitutionCode", "InstitutionName", "InstitutionType",
                    "CardReaderProduct", "Units", "FreeUnits", "PaidUnits", "EstimatedDelivery", "Status", "SubmittedAt",
                    "DecidedAt", "DecidedBy", "OperatorComment"), cardReaders.all().stream().map(a -> List.<Object>of(
                    a.id(), a.medicalInstitutionCode(), name(byCode, a.medicalInstitutionCode()),
                    type(byCode, a.medicalInstitutionCode()), a.productCode(), a.units(), a.freeUnits(), a.paidUnits(),
                    a.estimatedDelivery(), a.status().name(), time(a.submittedAt()), time(a.decidedAt()),
                    text(a.decidedBy()), text(a.operatorComment()))).toList());
            case USAGE -> csv(List.of("ApplicationId", "MedicalInstitutionCode", "InstitutionName", "InstitutionType",
                    "LineType", "LineCarrier", "CustomerId", "PlannedStartMonth", "PlannedTestMonth", "OnlineClaims",
                    "Status", "SubmittedAt", "DecidedAt", "DecidedBy", "OperatorComment", "MasterAccountId"),
                    usage.all().stream().map(a -> List.<Object>of(a.id(), a.medicalInstitutionCode(),
                            name(byCode, a.medicalInstitutionCode()), type(byCode, a.medicalInstitutionCode()),
                            a.lineType().name(), a.lineCarrier() == null ? "" : a.lineCarrier().name(),
                            text(a.customerId()), text(a.plannedStartMonth()), text(a.plannedTestMonth()), a.onlineClaims(),
                            a.status().name(), time(a.submittedAt()), time(a.decidedAt()), text(a.decidedBy()),
                            text(a.operatorComment()), text(a.masterAccountId()))).toList());
            case SUBSIDY -> csv(List.of("ApplicationId", "MedicalInstitutionCode", "InstitutionName", "InstitutionType",
                    "ReaderCount", "ReaderOrderDate", "VendorContractDate", "OperationStartDate", "Deferral",
                    "EligibleCost", "GrantAmount", "SubsidyRuleId", "SubsidyRuleTableVersion", "Documents", "Status",
                    "SubmittedAt", "DecidedAt", "DecidedBy", "OperatorComment"),
                    subsidies.all().stream().map(a -> List.<Object>of(a.id(), a.medicalInstitutionCode(),
                            name(byCode, a.medicalInstitutionCode()), type(byCode, a.medicalInstitutionCode()),
                            a.readerCount(), text(a.readerOrderDate()), text(a.vendorContractDate()),
                            a.operationStartDate(), a.deferral().name(), a.eligibleCost(), a.grantAmount(),
                            text(a.ruleId()), a.ruleTableVersion(), a.documentCount(), a.status().name(),
                            time(a.submittedAt()), time(a.decidedAt()), text(a.decidedBy()), text(a.operatorComment())))
                            .toList());
        };
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String name(Map<String, PortalAccount> byCode, String code) {
        PortalAccount account = byCode.get(code);
        return account == null ? "" : account.institutionName();
    }

    private static String type(Map<String, PortalAccount> byCode, String code) {
        PortalAccount account = byCode.get(code);
        return account == null ? "" : account.institutionType().name();
    }

    private static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
