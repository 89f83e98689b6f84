package org.openoqs.central.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Issues terminal and server certificates from the data directory's CA ({@link CaDirectory}) and records terminal
 * certificates in the {@link TerminalCertificateRegistry}. Used by {@code oqs ca} until the portal takes issuing over.
 */
@Service
public class TerminalCertificateService {
    private final CaDirectory directory;
    private final PkiProperties settings;
    private final TerminalCertificateRegistry registry;

    public TerminalCertificateService(@Value("${oqs.data-dir}") Path dataDir, Clock clock, PkiProperties settings,
                                      TerminalCertificateRegistry registry) {
        this.directory = new CaDirectory(dataDir, clock);
        this.settings = settings;
        this.registry = registry;
    }

    public boolean caExists() {
        return directory.exists();
    }

    /** Creates the CA unless it exists; either way returns it. */
    public TerminalCertificateAuthority initialiseCa() throws IOException {
        return directory.initialise(settings);
    }

    /** A terminal certificate for {@code terminalId} of the institution, valid for {@code oqs.pki.terminal-validity}, recorded. */
    public IssuedCertificate issueTerminal(String institutionCode, String terminalId) throws IOException {
        IssuedCertificate issued = directory.load().issueTerminal(institutionCode, terminalId, settings.terminalValidity());
        registry.record(issued);
        return issued;
    }

    /** A server certificate for central (not recorded: revocation concerns callers, not central itself). */
    public IssuedCertificate issueServer(List<String> hosts) throws IOException {
        return directory.load().issueServer(hosts, settings.serverValidity());
    }

    public TerminalCertificateAuthority ca() throws IOException {
        return directory.load();
    }
}
