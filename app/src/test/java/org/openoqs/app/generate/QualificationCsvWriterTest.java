package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.wire.intake.QualificationColumn;

class QualificationCsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void headerIsExactlyTheIntakeColumnsAndLinesEndWithLf() throws Exception {
        StringWriter out = new StringWriter();
        QualificationCsvWriter writer = QualificationCsvWriter.to(out);
        writer.write(sampleRow());
        writer.commit();
        String[] lines = out.toString().split("\n", -1);
        assertThat(lines[0]).isEqualTo(String.join(",", QualificationColumn.names()));
        assertThat(lines[1]).startsWith("PK0000000001,01130012,全国健康保険協会東京支部,")
                .contains(",\"山田,太郎\",");
        assertThat(lines[2]).isEmpty();
        assertThat(out.toString()).doesNotContain("\r");
        assertThat(writer.rowCount()).isEqualTo(1);
    }

    @Test
    void aFileIsUtf8WithoutBomAndAppearsOnlyOnCommit() throws Exception {
        Path target = dir.resolve("qualifications.csv");
        try (QualificationCsvWriter writer = QualificationCsvWriter.open(target)) {
            writer.write(sampleRow());
            assertThat(target).doesNotExist();
            assertThat(dir.resolve("qualifications.csv.part")).exists();
            writer.commit();
        }
        assertThat(target).exists();
        assertThat(dir.resolve("qualifications.csv.part")).doesNotExist();
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes[0]).isEqualTo((byte) 'P');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("全国健康保険協会東京支部");
    }

    @Test
    void closingWithoutCommitLeavesNoFile() throws Exception {
        Path target = dir.resolve("qualifications.csv");
        try (QualificationCsvWriter writer = QualificationCsvWriter.open(target)) {
            writer.write(sampleRow());
        }
        assertThat(dir).isEmptyDirectory();
    }

    private static QualificationRow sampleRow() {
        return new QualificationRow()
                .set(QualificationColumn.PersonKey, "PK0000000001")
                .set(QualificationColumn.InsurerNumber, "01130012")
                .set(QualificationColumn.InsurerName, "全国健康保険協会東京支部")
                .set(QualificationColumn.Name, "山田,太郎");
    }
}
