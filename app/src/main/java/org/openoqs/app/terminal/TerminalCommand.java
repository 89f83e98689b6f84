package org.openoqs.app.terminal;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import org.openoqs.terminal.TerminalAgent;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.wire.tls.ClientTls;
import org.openoqs.wire.xml.ResultEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code oqs terminal}: the 資格確認端末 agent alone. Receipt computers drop request files into
 * {@code <terminal-dir>/req} and read results from {@code res}. Against an https central the terminal presents its
 * certificate ({@code oqs ca issue}) and trusts only the OpenOQS CA ({@code oqs ca truststore}).
 */
@Command(name = "terminal", mixinStandardHelpOptions = true, description = "Run the terminal agent (req/res file interface).")
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

    @Override
    public Integer call() throws Exception {
        try (TerminalAgent agent = TerminalAgent.start(config())) {
            System.out.printf("terminal agent: %s/req → %s (results in %s/res). Ctrl-C stops it.%n", terminalDir, central, terminalDir);
            Thread.currentThread().join();
        }
        return 0;
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
