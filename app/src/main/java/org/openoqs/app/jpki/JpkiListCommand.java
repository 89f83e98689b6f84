package org.openoqs.app.jpki;

import java.util.concurrent.Callable;
import org.openoqs.jpki.IssuedCardRecord;
import org.openoqs.jpki.JpkiAuthority;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs jpki list}: every card certificate issued, one a line, in order of issuance. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List issued card certificates: serial, card id, validity, state, name.")
public class JpkiListCommand implements Callable<Integer> {
    @Option(names = "--revoked", description = "Only revoked certificates.")
    boolean revokedOnly;

    @Mixin JpkiDirOption dir;

    @Override
    public Integer call() {
        if (!JpkiAuthority.exists(dir.dir)) {
            System.err.println("no JPKI authority in " + dir.dir + "; run 'oqs jpki init' first");
            return 1;
        }
        for (IssuedCardRecord r : JpkiCommand.authority(dir).issued()) {
            if (!revokedOnly || r.revoked()) System.out.println(JpkiPrinting.line(r));
        }
        return 0;
    }
}
