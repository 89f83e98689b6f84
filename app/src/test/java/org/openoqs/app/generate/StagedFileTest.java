package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFileTest {
    @TempDir
    Path dir;

    @Test
    void writesUnderATemporaryNameUntilCommitted() throws Exception {
        Path target = dir.resolve("out.csv");
        try (StagedFile file = StagedFile.open(target)) {
            file.writer().write("a,b\n");
            file.writer().flush();
            assertThat(target).doesNotExist();
            assertThat(file.temporary()).hasFileName("out.csv.part").hasContent("a,b");
            file.commit();
        }
        assertThat(target).hasContent("a,b");
        assertThat(dir.resolve("out.csv.part")).doesNotExist();
    }

    @Test
    void aFailedRunKeepsThePreviousFileAndRemovesTheTemporaryOne() throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> {
            try (StagedFile file = StagedFile.open(target)) {
                file.writer().write("half");
                throw new IllegalStateException("generator failed");
            }
        }).hasMessage("generator failed");
        assertThat(target).hasContent("previous");
        assertThat(dir.resolve("out.csv.part")).doesNotExist();
    }

    @Test
    void commitReplacesAnEarlierFile() throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "previous");
        try (StagedFile file = StagedFile.open(target)) {
            file.writer().write("new");
            file.commit();
        }
        assertThat(target).hasContent("new");
    }
}
