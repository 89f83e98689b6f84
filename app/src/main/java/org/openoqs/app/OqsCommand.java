package org.openoqs.app;

import org.openoqs.app.audit.AuditCommand;
import org.openoqs.app.bench.BenchCommand;
import org.openoqs.app.ca.CaCommand;
import org.openoqs.app.central.CredentialCommand;
import org.openoqs.app.central.ServeCommand;
import org.openoqs.app.demo.DemoCommand;
import org.openoqs.app.fees.FeesCommand;
import org.openoqs.app.generate.GenerateCommand;
import org.openoqs.app.intake.IntakeCommand;
import org.openoqs.app.jpki.JpkiCommand;
import org.openoqs.app.terminal.TerminalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./oqs} launcher. Each subcommand is a use case; see {@code ./oqs help}. */
@Command(name = "oqs", mixinStandardHelpOptions = true, version = "OpenOQS 0.1.0",
        description = "OpenOQS: an open implementation of Japan's オンライン資格確認等システム.",
        subcommands = {DemoCommand.class, ServeCommand.class, IntakeCommand.class, GenerateCommand.class,
                CredentialCommand.class, CaCommand.class, JpkiCommand.class, TerminalCommand.class, AuditCommand.class,
                org.openoqs.app.portal.PortalCommand.class, FeesCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public class OqsCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new OqsCommand()).execute(args));
    }
}
