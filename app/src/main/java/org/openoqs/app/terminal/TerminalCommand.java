package org.openoqs.app.terminal;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import org.openoqs.terminal.TerminalAgent;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.terminal.web.TerminalWebConfig;
import org.openoqs.terminal.web.TerminalWebServer;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.wire.tls.ClientTls;
import org.openoqs.wire.xml.ResultEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code oqs terminal}: the 資格確認端末 agent alone. Receipt computers drop request files into
 * {@code <terminal-dir>/req} and read results from {@code res}. Against an https central the terminal presents its
 * certificate ({@code oqs ca issue}) and trusts only the OpenOQS CA ({@code oqs ca truststore}).
 */
@Command(name = "terminal", mixinStandardHelpOptions = true,
        description = "Run the terminal agent (req/res file interface) and its web server (card-reader kiosk, staff viewer).",
        subcommands = TerminalStaffCommand.class)
public class TerminalCommand implements Callable<Integer> {
    @Option(names = "--terminal-dir", defaultValue = "./oqs-terminal", description = "Folder with req, res and face (default: ${DEFAULT-VALUE}).")
    Path terminalDir;

    @Option(names = "--central", defaultValue = "http://localhost:8080", description = "Central service URL (default: ${DEFAULT-VALUE}).")
    URI central;

    @Option(names = "--cert", description = "The terminal's PKCS#12 (key and certificate from 'oqs ca issue').")
    Path cert;

    @Option(names = "--cert-password", description = "Password of --cert.")
    String certPassword;

    @Option(names = "--trust", description = "PKCS#12 trust store with the OpenOQS CA ('oqs ca truststore').")
    Path trust;

    @Option(names = "--trust-password", description = "Password of --trust.")
    String trustPassword;

    @Option(names = "--encoding", defaultValue = "UTF-8", description = "Result file encoding: UTF-8 or Shift_JIS (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--institution-code", description = "This terminal's 医療機関コード (10 digits); needed for the web server.")
    String institutionCode;

    @Option(names = "--web-port", defaultValue = "8081", description = "Port of the kiosk and staff web server; -1 turns it off (default: ${DEFAULT-VALUE}).")
    int webPort;

    @Option(names = "--web-bind", defaultValue = "127.0.0.1", description = "Address the web server listens on; a LAN address opens the staff viewer to other PCs (default: ${DEFAULT-VALUE}).")
    String webBind;

    @Option(names = "--wallet", description = "Folder of virtual My Number cards lying at the reader (default: <terminal-dir>/wallet).")
    Path wallet;

    @Override
    public Integer call() throws Exception {
        TerminalConfig config = config();
        try (TerminalAgent agent = TerminalAgent.start(config); TerminalWebServer web = startWeb(config)) {
            System.out.printf("terminal agent: %s/req → %s (results in %s/res). Ctrl-C stops it.%n", terminalDir, central, terminalDir);
            if (web != null) {
                System.out.printf("card reader: %s/kiosk   staff: %s/staff/results   viewer: %s/viewer%n", web.url(), web.url(), web.url());
                System.out.printf("staff accounts: oqs terminal staff add --terminal-dir %s --user NAME --role ADMIN|VIEWER%n", terminalDir);
            }
            Thread.currentThread().join();
        }
        return 0;
    }

    /** The web server, or null when it is turned off or the 医療機関コード is missing (said on the console). */
    private TerminalWebServer startWeb(TerminalConfig config) {
        if (webPort < 0) return null;
        if (institutionCode == null) {
            System.out.println("web server not started: give --institution-code (the face files and card confirmations need it)");
            return null;
        }
        return TerminalWebServer.start(webConfig(config).build());
    }

    TerminalWebConfig.Builder webConfig(TerminalConfig config) {
        Path cards = wallet != null ? wallet : terminalDir.resolve("wallet");
        return TerminalWebConfig.builder(config, MedicalInstitutionCode.parse(institutionCode), cards)
                .bindAddress(webBind).port(webPort);
    }

    TerminalConfig config() throws Exception {
        return TerminalConfig.builder(terminalDir, central).sslContext(sslContext())
                .resultEncoding(resultEncoding(encoding)).build();
    }

    private SSLContext sslContext() throws Exception {
        if (cert == null) return null;
        return ClientTls.sslContext(cert, chars(certPassword), trust, chars(trustPassword));
    }

    public static ResultEncoding resultEncoding(String name) {
        if ("Shift_JIS".equalsIgnoreCase(name) || "SJIS".equalsIgnoreCase(name) || "MS932".equalsIgnoreCase(name)) {
            return ResultEncoding.SHIFT_JIS;
        }
        if ("UTF-8".equalsIgnoreCase(name) || "UTF8".equalsIgnoreCase(name)) return ResultEncoding.UTF_8;
        throw new IllegalArgumentException("--encoding must be UTF-8 or Shift_JIS, not " + name);
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }
}
