package org.openoqs.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A person from the demo population to show a first confirmation with: someone insured now, with a 枝番. */
record DemoSample(String name, String insurerNumber, String symbol, String number, String branch, String birthdate) {

    static Optional<DemoSample> pick(Path qualificationsCsv) throws IOException {
        try (Reader in = Files.newBufferedReader(qualificationsCsv, StandardCharsets.UTF_8);
             var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                if (r.get("DisqualificationDate").isEmpty() && !r.get("InsuredBranchNumber").isEmpty()
                        && !r.get("InsuredCardSymbol").isEmpty()) {
                    return Optional.of(new DemoSample(r.get("Name"), r.get("InsurerNumber"), r.get("InsuredCardSymbol"),
                            r.get("InsuredIdentificationNumber"), r.get("InsuredBranchNumber"), r.get("Birthdate")));
                }
            }
        }
        return Optional.empty();
    }

    String json(String date, String institution) {
        return "{\"XmlMsg\":{\"MessageHeader\":{\"QualificationConfirmationDate\":\"" + date
                + "\",\"MedicalInstitutionCode\":\"" + institution + "\"},\"MessageBody\":{"
                + "\"QualificationConfirmSearchInfo\":{\"InsurerNumber\":\"" + insurerNumber + "\",\"InsuredCardSymbol\":\""
                + symbol + "\",\"InsuredIdentificationNumber\":\"" + number + "\",\"InsuredBranchNumber\":\"" + branch
                + "\",\"Birthdate\":\"" + birthdate + "\",\"LimitApplicationCertificateRelatedConsFlg\":\"1\"}}}}";
    }

    String xml(String date, String institution) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<XmlMsg>\n  <MessageHeader>\n"
                + "    <QualificationConfirmationDate>" + date + "</QualificationConfirmationDate>\n"
                + "    <MedicalInstitutionCode>" + institution + "</MedicalInstitutionCode>\n"
                + "    <ArbitraryFileIdentifier>demo-0001</ArbitraryFileIdentifier>\n  </MessageHeader>\n  <MessageBody>\n"
                + "    <QualificationConfirmSearchInfo>\n      <InsurerNumber>" + insurerNumber + "</InsurerNumber>\n"
                + "      <InsuredCardSymbol>" + symbol + "</InsuredCardSymbol>\n"
                + "      <InsuredIdentificationNumber>" + number + "</InsuredIdentificationNumber>\n"
                + "      <InsuredBranchNumber>" + branch + "</InsuredBranchNumber>\n      <Birthdate>" + birthdate + "</Birthdate>\n"
                + "      <LimitApplicationCertificateRelatedConsFlg>1</LimitApplicationCertificateRelatedConsFlg>\n"
                + "    </QualificationConfirmSearchInfo>\n  </MessageBody>\n</XmlMsg>\n";
    }
}
