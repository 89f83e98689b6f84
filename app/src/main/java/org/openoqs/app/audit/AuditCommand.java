package org.openoqs.app.audit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oqs audit …}: the hash-chained audit trail, read straight from central's database. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check or read the audit trail (who confirmed or viewed whose data, consents, card links).",
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class})
public class AuditCommand implements Runnable {
    /** Exit status when the trail could not be read at all (as opposed to 1: read, and found broken). */
    static final int UNREADABLE = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
