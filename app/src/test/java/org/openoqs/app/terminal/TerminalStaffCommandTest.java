package org.openoqs.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.OqsCommand;
import org.openoqs.terminal.staff.StaffAccount;
import org.openoqs.terminal.staff.StaffAccounts;
import org.openoqs.terminal.staff.StaffRole;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

class TerminalStaffCommandTest {

    @TempDir Path dir;

    record Run(int exit, String out) {}

    Run oqs(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        InputStream originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(new CommandLine(new OqsCommand()).execute(args), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setIn(originalIn);
        }
    }

    @Test
    void addsAnAdministratorWithAGeneratedPasswordShownOnce() {
        Run run = oqs("", "terminal", "staff", "add", "--terminal-dir", dir.toString(), "--user", "admin", "--role", "ADMIN",
                "--name", "受付 管理者");
        assertThat(run.exit()).isZero();
        Matcher password = Pattern.compile("password \\(shown only now\\): (\\S+)").matcher(run.out());
        assertThat(password.find()).as(run.out()).isTrue();
        StaffAccount account = StaffAccounts.in(dir, new BCryptPasswordEncoder()).find("admin").orElseThrow();
        assertThat(account.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(account.displayName()).isEqualTo("受付 管理者");
        assertThat(new BCryptPasswordEncoder().matches(password.group(1), account.passwordHash())).isTrue();
    }

    @Test
    void takesThePasswordFromStandardInputAndNeverPrintsIt() throws Exception {
        Run run = oqs("a doctor's long password\n", "terminal", "staff", "add", "--terminal-dir", dir.toString(),
                "--user", "dr.sato", "--role", "VIEWER", "--password-stdin");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("a doctor's long password");
        assertThat(Files.readString(dir.resolve(StaffAccounts.FILE_NAME))).doesNotContain("long password");
        StaffAccount account = StaffAccounts.in(dir, new BCryptPasswordEncoder()).find("dr.sato").orElseThrow();
        assertThat(new BCryptPasswordEncoder().matches("a doctor's long password", account.passwordHash())).isTrue();

        assertThat(oqs("", "terminal", "staff", "list", "--terminal-dir", dir.toString()).out()).contains("dr.sato").contains("VIEWER");
        assertThat(oqs("", "terminal", "staff", "remove", "--terminal-dir", dir.toString(), "--user", "dr.sato").exit()).isZero();
        assertThat(oqs("", "terminal", "staff", "remove", "--terminal-dir", dir.toString(), "--user", "dr.sato").exit()).isEqualTo(1);
    }

    @Test
    void refusesAShortPasswordAndAnUnknownRole() {
        assertThat(oqs("short\n", "terminal", "staff", "add", "--terminal-dir", dir.toString(), "--user", "x",
                "--role", "VIEWER", "--password-stdin").exit()).isNotZero();
        assertThat(oqs("", "terminal", "staff", "add", "--terminal-dir", dir.toString(), "--user", "x",
                "--role", "ROOT").exit()).isNotZero();
        assertThat(Files.exists(dir.resolve(StaffAccounts.FILE_NAME))).isFalse();
    }
}
