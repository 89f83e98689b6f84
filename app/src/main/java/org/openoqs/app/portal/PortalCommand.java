package org.openoqs.app.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.core.code.Prefecture;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.account.StaffAccounts;
import org.openoqs.portal.account.StaffRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oqs portal}: the 医療機関等向けポータルサイト on its own against central's store ({@code oqs serve
 * --portal-port} runs it beside central instead), {@code oqs portal staff add|list|remove} for staff sign-ins, and
 * {@code oqs portal import-institutions FILE} for the adoption dashboard's registry.
 */
@Command(name = "portal", mixinStandardHelpOptions = true,
        description = "Run the portal for institutions (アカウント, 申請, 電子証明書, 補助金) against central's store.",
        subcommands = {PortalCommand.Staff.class, ImportInstitutionsCommand.class})
public class PortalCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8090", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        PortalServer portal = PortalLauncher.startAlone(port, storeOptions.store());
        System.out.printf("portal on %s (sign in with a 医療機関等コード, or as staff: oqs portal staff add). Ctrl-C stops it.%n",
                portal.url());
        System.out.println("On the embedded store run it beside central instead (oqs serve --portal-port " + port
                + "): an H2 file is opened by one process only.");
        Thread.currentThread().join();
        return 0;
    }

    @Command(name = "staff", mixinStandardHelpOptions = true, description = "Manage portal staff sign-ins (支払基金 operators).",
            subcommands = {Add.class, ListStaff.class, Remove.class})
    static class Staff implements Runnable {
        @Override
        public void run() {
            new picocli.CommandLine(this).usage(System.out);
        }
    }

    /** Opens the store through a portal on a spare port for the length of one change. */
    static <T> T withStaff(StoreOptions store, java.util.function.Function<StaffAccounts, T> action) {
        try (PortalServer portal = PortalLauncher.startAlone(0, store.store())) {
            return action.apply(portal.context().getBean(StaffAccounts.class));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace a staff sign-in.")
    static class Add implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;

        @Option(names = "--login-id", required = true, description = "Letters, digits, '.', '_', '-' (3–64; not 10 digits).")
        String loginId;

        @Option(names = "--role", defaultValue = "OPERATOR", description = "OPERATOR (支払基金), MHLW or PREFECTURE (default: ${DEFAULT-VALUE}).")
        StaffRole role;

        @Option(names = "--prefecture", description = "都道府県番号 01–47, for --role PREFECTURE.")
        Integer prefecture;

        @Option(names = "--name", defaultValue = "", description = "Display name.")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from standard input instead of generating one.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordStdin ? firstLine() : org.openoqs.central.pki.Pkcs12.newPassword();
            Prefecture pref = prefecture == null ? null : Prefecture.fromNumber(prefecture)
                    .orElseThrow(() -> new IllegalArgumentException("--prefecture must be 01–47"));
            var staff = withStaff(storeOptions, accounts -> accounts.put(loginId, name, role, pref, password));
            System.out.printf("added %s (%s)%n", staff.loginId(), staff.role().label());
            if (!passwordStdin) System.out.println("password (shown only now): " + password);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List staff sign-ins.")
    static class ListStaff implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;

        @Override
        public Integer call() {
            withStaff(storeOptions, accounts -> {
                accounts.all().forEach(s -> System.out.printf("%-20s %-10s %s%s%n", s.loginId(), s.role(), s.displayName(),
                        s.prefecture() == null ? "" : " (" + s.prefecture().label() + ")"));
                return null;
            });
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a staff sign-in.")
    static class Remove implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;

        @Option(names = "--login-id", required = true)
        String loginId;

        @Override
        public Integer call() {
            boolean removed = withStaff(storeOptions, accounts -> accounts.remove(loginId));
            System.out.println(removed ? "removed " + loginId : "no staff sign-in " + loginId);
            return removed ? 0 : 1;
        }
    }

    private static String firstLine() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) throw new IllegalArgumentException("--password-stdin: standard input is empty");
        return line;
    }
}
