package org.openoqs.app.jpki;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.CertificateSerial;
import org.openoqs.jpki.IssuedCardRecord;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.RevocationReason;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code oqs jpki revoke}: puts a card's certificate on the CRL; central refuses the card from its next check on. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke a card certificate by serial or by card id; rewrites the CRL.")
public class JpkiRevokeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    static class Target {
        @Option(names = "--serial", required = true, description = "The certificate serial in hex (as 'jpki issue' and 'jpki list' print it).")
        String serial;

        @Option(names = "--card", required = true, description = "The card id, e.g. VC-7K3M-9QX2.")
        String cardId;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--wallet", description = "With --card: read the card's certificate from this wallet "
            + "(otherwise the authority's index is used).")
    Path wallet;

    @Option(names = "--reason", defaultValue = "KEY_COMPROMISE",
            description = "KEY_COMPROMISE (lost or stolen, the default) or CESSATION_OF_OPERATION (returned, replaced).")
    RevocationReason reason;

    @Mixin JpkiDirOption dir;

    @Override
    public Integer call() {
        JpkiAuthority authority = JpkiCommand.authority(dir);
        BigInteger serial = serial(authority);
        boolean already = authority.issued().stream().anyMatch(r -> r.serial().equals(serial) && r.revoked());
        try {
            authority.revoke(serial, reason);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.println((already ? "already revoked " : "revoked ") + CertificateSerial.hex(serial)
                + (target.cardId == null ? "" : " (card " + target.cardId + ")") + "; CRL: " + authority.crlFile());
        return 0;
    }

    private BigInteger serial(JpkiAuthority authority) {
        if (target.serial != null) {
            try {
                return CertificateSerial.parse(target.serial);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--serial: " + e.getMessage());
            }
        }
        if (wallet != null) {
            return new CardWallet(wallet).find(target.cardId).map(c -> c.certificate().getSerialNumber())
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "no card " + target.cardId + " in the wallet " + wallet));
        }
        return authority.findCard(target.cardId).map(IssuedCardRecord::serial)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "the JPKI authority in " + dir.dir
                        + " issued no card " + target.cardId));
    }
}
