package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalFoldersTest {

    @TempDir
    Path dir;

    @Test
    void createsAllFoldersUnderTheTerminalDirectory() throws Exception {
        TerminalFolders folders = TerminalFolders.create(dir.resolve("terminal"));

        assertThat(folders.req()).isEqualTo(dir.resolve("terminal/req")).isDirectory();
        assertThat(folders.res()).isEqualTo(dir.resolve("terminal/res")).isDirectory();
        assertThat(folders.face()).isEqualTo(dir.resolve("terminal/face")).isDirectory();
        assertThat(folders.work()).isEqualTo(dir.resolve("terminal/work")).isDirectory();
        assertThat(folders.done()).isEqualTo(dir.resolve("terminal/done")).isDirectory();
    }

    @Test
    void keepsExistingContent() throws Exception {
        Files.createDirectories(dir.resolve("req"));
        Files.writeString(dir.resolve("req/OQSsiquc01req_1.xml"), "x");

        TerminalFolders.create(dir);

        assertThat(dir.resolve("req/OQSsiquc01req_1.xml")).hasContent("x");
    }
}
