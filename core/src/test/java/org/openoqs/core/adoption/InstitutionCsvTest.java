package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;

class InstitutionCsvTest {
    private static final String HEADER = String.join(",", InstitutionCsv.COLUMNS) + "\n";

    @Test
    void writtenFilesReadBackTheSame() throws IOException {
        List<InstitutionAdoption> generated = new InstitutionPopulationGenerator(7).generate(500);
        InstitutionAdoption quoted = new InstitutionAdoption(Institutions.code(Prefecture.TOKYO, InstitutionType.PHARMACY, 1),
                Prefecture.TOKYO, InstitutionType.PHARMACY, "\"みどり\"薬局, 本店", false, null, null, null, null);
        List<InstitutionAdoption> all = new ArrayList<>(generated);
        all.add(quoted);
        StringWriter out = new StringWriter();
        InstitutionCsv.writeHeader(out);
        for (InstitutionAdoption institution : all) InstitutionCsv.write(out, institution);
        assertThat(out.toString()).startsWith("\uFEFFMedicalInstitutionCode,PrefectureCode,InstitutionType,")
                .contains("\"\"\"みどり\"\"薬局, 本店\"");
        List<InstitutionAdoption> read = new ArrayList<>();
        assertThat(InstitutionCsv.read(new StringReader(out.toString()), "institutions.csv", read::add)).isEqualTo(501);
        assertThat(read).isEqualTo(all);
    }

    @Test
    void columnsMayComeInAnyOrderAndLabelsAreAccepted() {
        String file = "OperatingOn,ReadyOn,UsageAppliedOn,CardReaderAppliedOn,Mandated,InstitutionName,InstitutionType,"
                + "PrefectureCode,MedicalInstitutionCode\n,,,2022-01-05,TRUE,山梨薬局,薬局,19,"
                + Institutions.code(Prefecture.YAMANASHI, InstitutionType.PHARMACY, 5) + "\n\n";
        List<InstitutionAdoption> read = new ArrayList<>();
        InstitutionCsv.read(new StringReader(file), "x.csv", read::add);
        assertThat(read).singleElement().satisfies(i -> {
            assertThat(i.institutionType()).isEqualTo(InstitutionType.PHARMACY);
            assertThat(i.stageOn(java.time.LocalDate.of(2022, 2, 1))).isEqualTo(AdoptionStage.CARD_READER_APPLIED);
        });
    }

    @Test
    void errorsNameFileLineAndColumn() {
        String code = Institutions.code(Prefecture.YAMANASHI, InstitutionType.MEDICAL_CLINIC, 1).value();
        String good = code + ",19,MEDICAL_CLINIC,甲府内科,true,2022-01-05,,,\n";
        assertError(HEADER + good + code.substring(0, 9) + "0,19,MEDICAL_CLINIC,x,true,,,,\n", 3, "MedicalInstitutionCode");
        assertError(HEADER + good.replace("2022-01-05", "2022/01/05"), 2, "CardReaderAppliedOn");
        assertError(HEADER + good.replace(",19,", ",13,"), 2, "PrefectureCode");
        assertError(HEADER + good.replace(",19,", ",48,"), 2, "PrefectureCode");
        assertError(HEADER + good.replace("true", "yes"), 2, "Mandated");
        assertError(HEADER + good.replace("MEDICAL_CLINIC", "PHARMACY"), 2, "InstitutionType");
        assertError(HEADER + good.replace("2022-01-05,,,", ",,,2023-01-01"), 2, "ReadyOn");
        assertError(HEADER + good + good, 3, "MedicalInstitutionCode");
        assertError(HEADER.replace("ReadyOn", "Ready"), 1, "Ready");
        assertError(HEADER.replace(",ReadyOn", ""), 1, "ReadyOn");
        assertError(HEADER + good.replace("甲府内科", "\"甲府内科"), 2, null);
        assertError(HEADER + good.replace(",true", ""), 2, null);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> InstitutionCsv.read(new StringReader(""), "empty.csv", i -> { }))
                .isInstanceOf(InstitutionCsvException.class).hasMessage("empty.csv: empty file: a header line is expected");
    }

    @Test
    void splitHandlesQuotesAndEmptyFields() {
        assertThat(InstitutionCsv.split("s", 1, "a,\"b,\"\"c\"\"\",,d,")).containsExactly("a", "b,\"c\"", "", "d", "");
        assertThatThrownBy(() -> InstitutionCsv.split("s", 4, "a,\"b\"x")).hasMessageContaining("s line 4");
        assertThatThrownBy(() -> InstitutionCsv.split("s", 4, "a,b\"c")).hasMessageContaining("quote inside");
    }

    private static void assertError(String file, int line, String column) {
        assertThatThrownBy(() -> InstitutionCsv.read(new StringReader(file), "institutions.csv", i -> { }))
                .isInstanceOf(InstitutionCsvException.class)
                .hasMessageStartingWith("institutions.csv line " + line)
                .satisfies(e -> assertThat(((InstitutionCsvException) e).column()).isEqualTo(column));
    }
}
