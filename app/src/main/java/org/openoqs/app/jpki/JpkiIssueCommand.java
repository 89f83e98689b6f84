package org.openoqs.app.jpki;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.CertificateValidity;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VirtualCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code oqs jpki issue}: a virtual My Number card with a 利用者証明用 certificate, saved into a wallet. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "Issue a virtual My Number card (利用者証明用電子証明書 + PIN + face stand-in) into a wallet folder.")
public class JpkiIssueCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--name", required = true, description = "氏名 as on 住民票, e.g. '山田　太郎'.")
    String name;

    @Option(names = "--birthdate", required = true, description = "生年月日, yyyy-MM-dd.")
    LocalDate birthdate;

    @Option(names = "--sex", required = true, description = "性別 (OQSCD007): 1 男, 2 女, 3 未設定.")
    String sex;

    @Option(names = "--address", required = true, description = "住所 as on 住民票.")
    String address;

    @Option(names = "--pin", required = true, description = "The card's 4-digit PIN.")
    String pin;

    @Option(names = "--face-id", description = "Face stand-in stored on the card (default: a random face-xxxxxxxx).")
    String faceId;

    @Option(names = "--issued-on", description = "Day of issuance, yyyy-MM-dd (default: today in Japan).")
    LocalDate issuedOn;

    @Option(names = "--wallet", defaultValue = "./oqs-data/cards", description = "Wallet folder to save the card in (default: ${DEFAULT-VALUE}).")
    Path wallet;

    @Mixin JpkiDirOption dir;

    @Override
    public Integer call() {
        Sex sex1 = OqsCode.find(Sex.class, sex).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--sex must be an OQSCD007 code: 1 (男), 2 (女) or 3 (未設定): " + sex));
        BasicFourFacts facts = new BasicFourFacts(name, birthdate, sex1, address);
        LocalDate day = issuedOn != null ? issuedOn : LocalDate.now(CertificateValidity.JAPAN);
        String face = faceId != null ? faceId : "face-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        boolean existed = JpkiAuthority.exists(dir.dir);
        JpkiAuthority authority = JpkiCommand.authority(dir);
        if (!existed) System.err.println("created the JPKI CA in " + authority.directory() + " (trust anchor " + authority.caCertificateFile() + ")");
        VirtualCard card;
        try {
            card = authority.issue(facts, pin, face, day);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        CardWallet cards = new CardWallet(wallet);
        cards.save(card);
        System.out.printf("card:     %s%nserial:   %s%nvalid:    %s – %s%nface:     %s%nwallet:   %s%n", card.cardId(),
                card.certificateSerial(), day, CertificateValidity.lastDay(birthdate, day), card.faceId(), cards.directory());
        return 0;
    }
}
