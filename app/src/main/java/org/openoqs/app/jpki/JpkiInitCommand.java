package org.openoqs.app.jpki;

import java.util.concurrent.Callable;
import org.openoqs.jpki.JpkiAuthority;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code oqs jpki init}: creates the virtual J-LIS CA unless it exists. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the JPKI CA (if absent; otherwise re-sign its CRL) and print where its trust anchor and CRL are.")
public class JpkiInitCommand implements Callable<Integer> {
    @Mixin JpkiDirOption dir;

    @Override
    public Integer call() {
        boolean existed = JpkiAuthority.exists(dir.dir);
        JpkiAuthority authority = JpkiCommand.authority(dir);
        // Re-publishing the CRL of an existing CA keeps verifiers from seeing it as overdue after a quiet week.
        if (existed) authority.refreshCrl();
        System.out.printf("%s JPKI CA %s, valid until %s%nSHA-256 fingerprint: %s%ntrust anchor: %s%nCRL:          %s%n",
                existed ? "existing" : "created", authority.caCertificate().getSubjectX500Principal().getName(),
                authority.caCertificate().getNotAfter().toInstant(), JpkiPrinting.fingerprint(authority.caCertificate()),
                authority.caCertificateFile(), authority.crlFile());
        return 0;
    }
}
