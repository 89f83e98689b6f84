package org.openoqs.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeKindTest {
    @TempDir Path dir;

    @Test
    void theHeaderRowTellsTheKind() {
        assertThat(IntakeKind.fromHeader("PersonKey,DiDate,MeTrDiHCd,DrugC")).isEqualTo(IntakeKind.DRUG_DISPENSINGS);
        assertThat(IntakeKind.fromHeader("\uFEFF\"PersonKey\",\"ItemCode\"")).isEqualTo(IntakeKind.HEALTH_CHECKUPS);
        assertThat(IntakeKind.fromHeader("PersonKey,InsurerNumber")).isEqualTo(IntakeKind.QUALIFICATIONS);
        assertThat(IntakeKind.fromHeader("anything")).isEqualTo(IntakeKind.QUALIFICATIONS);
    }

    @Test
    void detectsFromAFileAndAnEmptyFileIsAQualificationFile() throws Exception {
        Path drugs = Files.writeString(dir.resolve("d.csv"), "PersonKey,DrugC\nPK,1\n");
        assertThat(IntakeKind.detect(drugs)).isEqualTo(IntakeKind.DRUG_DISPENSINGS);
        assertThat(IntakeKind.detect(Files.writeString(dir.resolve("e.csv"), ""))).isEqualTo(IntakeKind.QUALIFICATIONS);
    }

    @Test
    void namesAndPaths() {
        assertThat(IntakeKind.cliNames()).containsExactly("qualifications", "drug-dispensings", "health-checkups");
        assertThat(IntakeKind.byCliName("health-checkups")).contains(IntakeKind.HEALTH_CHECKUPS);
        assertThat(IntakeKind.byCliName("drugs")).isEmpty();
        assertThat(IntakeKind.DRUG_DISPENSINGS.path()).isEqualTo("/api/v1/insurer/drug-dispensings");
    }
}
