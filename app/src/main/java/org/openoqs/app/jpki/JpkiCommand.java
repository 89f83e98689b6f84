package org.openoqs.app.jpki;

import java.time.Clock;
import org.openoqs.jpki.JpkiAuthority;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code oqs jpki …}: the virtual J-LIS — a CA for 利用者証明用電子証明書 and virtual My Number cards, for development
 * and demos. Central trusts its {@code jpki-ca.pem} and reads its {@code jpki-crl.pem}; card readers open the wallet.
 */
@Command(name = "jpki", mixinStandardHelpOptions = true,
        description = "Virtual J-LIS (JPKI): create the CA, issue virtual My Number cards into a wallet, revoke and list them.",
        subcommands = {JpkiInitCommand.class, JpkiIssueCommand.class, JpkiRevokeCommand.class, JpkiListCommand.class})
public class JpkiCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The authority in {@code dir}, created on first use; on the system clock, as a real issuer would be. */
    static JpkiAuthority authority(JpkiDirOption dir) {
        return JpkiAuthority.createOrLoad(dir.dir, Clock.systemDefaultZone());
    }
}
