package org.openoqs.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openoqs.terminal.TerminalAgent;
import org.openoqs.terminal.TerminalConfig;
import org.springframework.util.FileSystemUtils;

/**
 * Scenario 4: terminal round trip, request file appears in {@code req} → result file complete in {@code res}
 * (target p50 ≤ 100 ms). A terminal agent with its default settings runs in the bench's JVM and reaches central over
 * mutual TLS ({@link MutualTlsNode}) with a certificate of the bench's 医療機関; the load generator plays
 * {@value #RECEIPT_COMPUTERS} receipt computers ({@value #SMOKE_RECEIPT_COMPUTERS} with {@code --smoke}), each dropping
 * a 資格確認 request file and waiting for its result before the next ({@link RequestFileExchange}).
 */
public final class TerminalRoundTripScenario implements BenchScenario {
    public static final String NAME = "terminal";
    static final int RECEIPT_COMPUTERS = 4;
    static final int SMOKE_RECEIPT_COMPUTERS = 2;

    @Override
    public String name() { return NAME; }

    @Override
    public List<BenchResult> run(BenchContext ctx) throws Exception {
        Path dir = Files.createTempDirectory("oqs-bench-terminal-");
        try {
            ctx.progress().println("bench " + ctx.store() + ": starting a mutual-TLS central node and a terminal agent");
            try (MutualTlsNode node = MutualTlsNode.beside(ctx.central());
                 TerminalAgent agent = TerminalAgent.start(TerminalConfig.builder(dir.resolve("terminal"), node.url())
                         .sslContext(node.terminalTls(LoadTarget.INSTITUTION_CODE, dir)).build())) {
                return List.of(ScenarioLoad.measure(ctx, NAME, NAME, node.url().toString(), LoadGeneratorCommand.TERMINAL,
                        List.of("--terminal-dir", agent.folders().root().toString()),
                        ctx.smoke() ? SMOKE_RECEIPT_COMPUTERS : RECEIPT_COMPUTERS));
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }
}
