package org.openoqs.terminal.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.jpki.FaceMatcher;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.terminal.kiosk.KioskSettings;
import org.openoqs.wire.xml.ResultEncoding;

/**
 * Settings of the terminal's web server (card-reader kiosk, staff pages, viewer); build with
 * {@link #builder(TerminalConfig, MedicalInstitutionCode, Path)}, which takes the terminal directory, central's URL,
 * the mutual-TLS context and the result encoding from the file agent's {@link TerminalConfig}.
 *
 * @param bindAddress where to listen; default {@code 127.0.0.1}, the reader's own PC. A LAN address opens the staff
 *     viewer to other PCs (閲覧方法 b); the kiosk still answers only {@link #kioskClients()}
 * @param port TCP port; 0 picks a free one; default 8081
 * @param terminalDir the terminal directory: {@code face} results, staff accounts, kiosk settings
 * @param centralBaseUrl as for the file agent
 * @param sslContext as for the file agent (mutual TLS), null for the JDK default
 * @param resultEncoding encoding of face files, as for {@code res} files [C] reference §5
 * @param institution this terminal's 医療機関コード, sent with every card confirmation and viewer request
 * @param walletDir the virtual cards "placed on the reader" (jpki {@code CardWallet})
 * @param faceThreshold score a face match must reach; default {@link FaceMatcher#DEFAULT_THRESHOLD} 0.80, OpenOQS's
 *     own value: the real readers' threshold is not public [I]
 * @param kioskDefaults card-reader settings until an administrator saves others ({@link KioskSettings#DEFAULTS})
 * @param kioskClients remote addresses besides loopback that may use the kiosk pages; empty by default because the
 *     reader is attached to the terminal itself
 * @param kioskIdleTimeout a patient's session starts over after this much inactivity; default 2 minutes [I]
 * @param centralTimeout for each card or viewer exchange with central; default 15 s (a patient is waiting)
 * @param signInMaxFailures failed sign-ins in a row before an account is locked for {@link #signInLockDuration()};
 *     default 5
 * @param signInLockDuration default 5 minutes
 * @param recentResults how many card-reader results staff pages list; default 200
 * @param clock for tests; the system clock otherwise
 * @param initializeLogging false when another Spring Boot application in the same JVM (the demo's central) has set
 *     up logging already and its settings should stay in force
 */
public record TerminalWebConfig(String bindAddress, int port, Path terminalDir, URI centralBaseUrl,
                                SSLContext sslContext, ResultEncoding resultEncoding, MedicalInstitutionCode institution,
                                Path walletDir, double faceThreshold, KioskSettings kioskDefaults,
                                Set<String> kioskClients, Duration kioskIdleTimeout, Duration centralTimeout,
                                int signInMaxFailures, Duration signInLockDuration, int recentResults, Clock clock,
                                boolean initializeLogging) {

    public static final int DEFAULT_PORT = 8081;

    public TerminalWebConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(terminalDir, "terminalDir");
        Objects.requireNonNull(centralBaseUrl, "centralBaseUrl");
        Objects.requireNonNull(resultEncoding, "resultEncoding");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(walletDir, "walletDir");
        Objects.requireNonNull(kioskDefaults, "kioskDefaults");
        Objects.requireNonNull(clock, "clock");
        kioskClients = Set.copyOf(kioskClients);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (!(faceThreshold >= 0 && faceThreshold <= 1)) {
            throw new IllegalArgumentException("faceThreshold must be between 0 and 1: " + faceThreshold);
        }
        requirePositive(kioskIdleTimeout, "kioskIdleTimeout");
        requirePositive(centralTimeout, "centralTimeout");
        requirePositive(signInLockDuration, "signInLockDuration");
        if (signInMaxFailures < 1 || recentResults < 1) {
            throw new IllegalArgumentException("signInMaxFailures and recentResults must be at least 1");
        }
    }

    public static Builder builder(TerminalConfig terminal, MedicalInstitutionCode institution, Path walletDir) {
        return new Builder(terminal, institution, walletDir);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** Defaults as documented on {@link TerminalWebConfig}. */
    public static final class Builder {
        private final TerminalConfig terminal;
        private final MedicalInstitutionCode institution;
        private final Path walletDir;
        private String bindAddress = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private double faceThreshold = FaceMatcher.DEFAULT_THRESHOLD;
        private KioskSettings kioskDefaults = KioskSettings.DEFAULTS;
        private Set<String> kioskClients = Set.of();
        private Duration kioskIdleTimeout = Duration.ofMinutes(2);
        private Duration centralTimeout = Duration.ofSeconds(15);
        private int signInMaxFailures = 5;
        private Duration signInLockDuration = Duration.ofMinutes(5);
        private int recentResults = 200;
        private Clock clock = Clock.systemDefaultZone();
        private boolean initializeLogging = true;

        private Builder(TerminalConfig terminal, MedicalInstitutionCode institution, Path walletDir) {
            this.terminal = Objects.requireNonNull(terminal, "terminal");
            this.institution = institution;
            this.walletDir = walletDir;
        }

        public Builder bindAddress(String value) { bindAddress = value; return this; }

        public Builder port(int value) { port = value; return this; }

        public Builder faceThreshold(double value) { faceThreshold = value; return this; }

        public Builder kioskDefaults(KioskSettings value) { kioskDefaults = value; return this; }

        public Builder kioskClients(Set<String> value) { kioskClients = value; return this; }

        public Builder kioskIdleTimeout(Duration value) { kioskIdleTimeout = value; return this; }

        public Builder centralTimeout(Duration value) { centralTimeout = value; return this; }

        public Builder signInMaxFailures(int value) { signInMaxFailures = value; return this; }

        public Builder signInLockDuration(Duration value) { signInLockDuration = value; return this; }

        public Builder recentResults(int value) { recentResults = value; return this; }

        public Builder clock(Clock value) { clock = value; return this; }

        public Builder initializeLogging(boolean value) { initializeLogging = value; return this; }

        public TerminalWebConfig build() {
            return new TerminalWebConfig(bindAddress, port, terminal.terminalDir(), terminal.centralBaseUrl(),
                    terminal.sslContext(), terminal.resultEncoding(), institution, walletDir, faceThreshold,
                    kioskDefaults, kioskClients, kioskIdleTimeout, centralTimeout, signInMaxFailures,
                    signInLockDuration, recentResults, clock, initializeLogging);
        }
    }
}
