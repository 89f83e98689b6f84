package org.openoqs.app.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openoqs.terminal.staff.PasswordGenerator;
import org.openoqs.terminal.staff.StaffAccount;
import org.openoqs.terminal.staff.StaffAccounts;
import org.openoqs.terminal.staff.StaffRole;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code oqs terminal staff add|list|remove}: the terminal's staff accounts (管理アカウント = ADMIN, 閲覧 = VIEWER) in
 * {@code <terminal-dir>/staff-accounts.txt}. A password comes from standard input ({@code --password-stdin}) or is
 * generated and printed once; only its BCrypt hash is stored. A running terminal picks changes up at once.
 */
@Command(name = "staff", mixinStandardHelpOptions = true, description = "Manage the terminal's staff accounts.",
        subcommands = {TerminalStaffCommand.Add.class, TerminalStaffCommand.ListAccounts.class,
                TerminalStaffCommand.Remove.class})
public class TerminalStaffCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static StaffAccounts accounts(Path terminalDir) {
        return StaffAccounts.in(terminalDir, new BCryptPasswordEncoder(12));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static class Add implements Callable<Integer> {
        @Option(names = "--terminal-dir", defaultValue = "./oqs-terminal", description = "Terminal folder (default: ${DEFAULT-VALUE}).")
        Path terminalDir;

        @Option(names = "--user", required = true, description = "User id: letters, digits, '.', '_', '-'.")
        String user;

        @Option(names = "--role", required = true, description = "ADMIN (管理アカウント) or VIEWER (医師・薬剤師).")
        StaffRole role;

        @Option(names = "--name", defaultValue = "", description = "Display name, e.g. 佐藤 医師.")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input instead of generating one.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordStdin ? firstLine() : PasswordGenerator.generate();
            StaffAccounts accounts = accounts(terminalDir);
            StaffAccount account = accounts.add(user, role, name, password);
            System.out.printf("added %s (%s) to %s%n", account.userId(), account.role().label(), accounts.file());
            if (!passwordStdin) {
                System.out.println("password (shown only now): " + password);
            }
            return 0;
        }

        private static String firstLine() throws IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("--password-stdin: standard input is empty");
            }
            return line;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static class ListAccounts implements Callable<Integer> {
        @Option(names = "--terminal-dir", defaultValue = "./oqs-terminal", description = "Terminal folder (default: ${DEFAULT-VALUE}).")
        Path terminalDir;

        @Override
        public Integer call() {
            for (StaffAccount a : accounts(terminalDir).list()) {
                System.out.printf("%-20s %-7s %s%n", a.userId(), a.role(), a.displayName());
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account.")
    static class Remove implements Callable<Integer> {
        @Option(names = "--terminal-dir", defaultValue = "./oqs-terminal", description = "Terminal folder (default: ${DEFAULT-VALUE}).")
        Path terminalDir;

        @Option(names = "--user", required = true, description = "User id.")
        String user;

        @Override
        public Integer call() {
            if (!accounts(terminalDir).remove(user)) {
                System.err.println("no account " + user);
                return 1;
            }
            System.out.println("removed " + user);
            return 0;
        }
    }
}
