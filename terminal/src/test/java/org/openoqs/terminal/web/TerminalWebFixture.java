package org.openoqs.terminal.web;

import java.nio.file.Path;
import java.time.Duration;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.terminal.fake.FakeCardCentral;
import org.openoqs.terminal.staff.StaffAccounts;
import org.openoqs.terminal.staff.StaffRole;
import org.openoqs.wire.xml.ResultEncoding;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A running terminal web server against a {@link FakeCardCentral}, with one 管理アカウント ({@link #ADMIN}) and one
 * viewer ({@link #DOCTOR}), both with password {@link #PASSWORD}. Shared by the web and browser tests.
 */
public final class TerminalWebFixture implements AutoCloseable {

    public static final String CLINIC = "1312345679";
    public static final String ADMIN = "admin";
    public static final String DOCTOR = "dr.sato";
    public static final String PASSWORD = "correct horse battery";

    public final FakeCardCentral central;
    public final TerminalWebServer server;
    public final Path terminalDir;

    private TerminalWebFixture(Path dir, ResultEncoding encoding) throws Exception {
        central = FakeCardCentral.start(dir.resolve("central"));
        terminalDir = dir.resolve("terminal");
        // Cost 4 keeps the tests quick; the server checks whatever cost a hash was made with.
        StaffAccounts accounts = StaffAccounts.in(terminalDir, new BCryptPasswordEncoder(4));
        accounts.add(ADMIN, StaffRole.ADMIN, "受付 管理者", PASSWORD);
        accounts.add(DOCTOR, StaffRole.VIEWER, "佐藤 医師", PASSWORD);
        TerminalConfig terminal = TerminalConfig.builder(terminalDir, central.baseUrl()).resultEncoding(encoding).build();
        server = TerminalWebServer.start(TerminalWebConfig.builder(terminal, MedicalInstitutionCode.parse(CLINIC),
                central.walletDir()).port(0).signInMaxFailures(3).centralTimeout(Duration.ofSeconds(10)).build());
    }

    public static TerminalWebFixture start(Path dir, ResultEncoding encoding) throws Exception {
        return new TerminalWebFixture(dir, encoding);
    }

    public String url(String path) {
        return server.url() + path;
    }

    public Path faceDir() {
        return terminalDir.resolve("face");
    }

    @Override
    public void close() {
        server.close();
        central.close();
    }
}
