package org.openoqs.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.jpki.VirtualCard;
import org.springframework.util.FileSystemUtils;

/**
 * Scenario 2: card confirmation (照会区分 1) on the central the bench already seeded. Virtual cards are issued for a
 * sample of the population and linked through the real 紐付け intake ({@link CardSeeder}); the load generator then
 * measures central's two card calls apart ({@link CardConfirmationLoad}): {@code card-challenge} (a one-time challenge)
 * and {@code card-confirm} (challenge consumption, certificate chain, CRL and signature check, link and qualification
 * lookup, consent write, audit append), the second with every signature made ahead so the client's RSA cost is not
 * in the measured window.
 */
public final class CardConfirmationScenario implements BenchScenario {
    public static final String NAME = "card";

    @Override
    public String name() { return NAME; }

    @Override
    public List<BenchResult> run(BenchContext ctx) throws Exception {
        Path wallet = Files.createTempDirectory("oqs-bench-cards-");
        try {
            seedCards(ctx, wallet);
            List<LoadGeneratorProcess.Outcome> outcomes;
            try (Profiler profiler = Profiler.startIf(ctx.jfrDir(), true, ctx.store() + "-" + LoadTarget.CARD_CONFIRM.label())) {
                outcomes = LoadGeneratorProcess.runAll(ctx.centralUrl(), LoadTarget.CARD_CONFIRM, null, wallet,
                        ctx.connections(), ctx.phases(), p -> ctx.printProgress(LoadTarget.CARD_CONFIRM, p));
                // Rounds alternate posting with signing and have no single measured window: the summary takes every sample.
                profiler.report(ctx.progress(), null);
            }
            return outcomes.stream().map(o -> ctx.result(NAME, o)).toList();
        } finally {
            FileSystemUtils.deleteRecursively(wallet);
        }
    }

    private static void seedCards(BenchContext ctx, Path wallet) throws Exception {
        var central = ctx.central();
        String token = central.getBean(InsurerCredentialService.class).create("bench-cards", List.of());
        // Central reads the J-LIS trust anchor and CRL from oqs.jpki.dir (under the bench store's own temporary data
        // directory), looking for them on first use, so the authority can be created there now.
        Path jpkiDir = Path.of(central.getEnvironment().getRequiredProperty("oqs.jpki.dir"));
        long started = System.nanoTime();
        List<VirtualCard> cards = new CardSeeder(central.getBean(DataSource.class), central.getBean(QualificationStore.class),
                ctx.centralUrl(), token).seed(ctx.cards(), ctx.seed(), jpkiDir, wallet, ctx.progress());
        ctx.progress().println(String.format(Locale.ROOT, "bench %s: issued and linked %,d virtual My Number cards in %.1f s",
                ctx.store(), cards.size(), (System.nanoTime() - started) / 1e9));
    }
}
