package org.openoqs.terminal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class StaffAccountsTest {

    static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4); // fast for tests; the format is the same

    @TempDir Path dir;

    @Test
    void storesOnlyABcryptHashAndFindsTheAccountAgain() throws Exception {
        StaffAccounts accounts = StaffAccounts.in(dir, ENCODER);
        accounts.add("dr.sato", StaffRole.VIEWER, "佐藤 医師", "correct horse battery");

        String file = Files.readString(dir.resolve(StaffAccounts.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(file).contains("dr.sato\tVIEWER\t佐藤 医師\t$2a$").doesNotContain("correct horse");
        StaffAccount again = StaffAccounts.in(dir, ENCODER).find("dr.sato").orElseThrow();
        assertThat(again.role()).isEqualTo(StaffRole.VIEWER);
        assertThat(ENCODER.matches("correct horse battery", again.passwordHash())).isTrue();
        assertThat(Files.getPosixFilePermissions(dir.resolve(StaffAccounts.FILE_NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void refusesDuplicatesShortPasswordsAndBadIds() {
        StaffAccounts accounts = StaffAccounts.in(dir, ENCODER);
        accounts.add("admin", StaffRole.ADMIN, "", "long enough password");
        assertThatThrownBy(() -> accounts.add("admin", StaffRole.VIEWER, "", "another long password"))
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> accounts.add("nurse", StaffRole.VIEWER, "", "short"))
                .hasMessageContaining("12");
        assertThatThrownBy(() -> accounts.add("bad id", StaffRole.VIEWER, "", "long enough password"))
                .hasMessageContaining("user id");
        assertThat(accounts.list()).extracting(StaffAccount::userId).containsExactly("admin");
    }

    @Test
    void seesChangesMadeByAnotherProcess() throws Exception {
        StaffAccounts server = StaffAccounts.in(dir, ENCODER);
        assertThat(server.list()).isEmpty();
        StaffAccounts cli = StaffAccounts.in(dir, ENCODER);
        cli.add("pharm", StaffRole.VIEWER, "", "long enough password");
        // A file system with coarse timestamps could give both versions the same time; the size differs anyway.
        assertThat(server.find("pharm")).isPresent();

        cli.remove("pharm");
        Files.setLastModifiedTime(server.file(), FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(server.find("pharm")).isEmpty();
    }

    @Test
    void changesAndRemovesPasswords() {
        StaffAccounts accounts = StaffAccounts.in(dir, ENCODER);
        accounts.add("admin", StaffRole.ADMIN, "", "long enough password");
        assertThat(accounts.changePassword("admin", "a brand new password")).isTrue();
        assertThat(ENCODER.matches("a brand new password", accounts.find("admin").orElseThrow().passwordHash())).isTrue();
        assertThat(accounts.changePassword("nobody", "a brand new password")).isFalse();
        assertThat(accounts.remove("admin")).isTrue();
        assertThat(accounts.remove("admin")).isFalse();
    }

    @Test
    void aDamagedFileNamesTheLine() throws Exception {
        Files.writeString(dir.resolve(StaffAccounts.FILE_NAME), "# comment\nadmin\tROOT\t\t$2a$x\n");
        assertThatThrownBy(() -> StaffAccounts.in(dir, ENCODER).list()).hasMessageContaining("line 2");
    }
}
