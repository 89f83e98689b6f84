package org.openoqs.terminal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlLimits;

/**
 * Settings of one {@link TerminalAgent}; build with {@link #builder(Path, URI)}.
 *
 * @param terminalDir holds req, res, face, work, done ({@link TerminalFolders})
 * @param centralBaseUrl e.g. {@code https://central:8443}
 * @param sslContext mutual-TLS context for central, or null for the JDK default
 * @param resultEncoding encoding of result files, a terminal setting [C] §5; default UTF-8
 * @param scanInterval full scan of {@code req} besides the watch service, because watchers miss events on network
 *     shares [C] §4.6 (S10 recommends both); default 1 s
 * @param settleTime a file is taken only when size and mtime are unchanged across two looks this far apart; default
 *     200 ms (S10 retries locked files after 200–500 ms [C] §4.6). A file already ending with {@code </XmlMsg>} is
 *     complete and taken at once ({@link RequestWatcher})
 * @param centralTimeout how long to keep retrying an unreachable central before writing {@code .err}; default 60 s
 * @param retryBackoff delays between retries
 * @param supportedMessageIds message ids forwarded to central; other valid names get an {@code .err}
 * @param workerThreads requests processed concurrently; default 2
 * @param watchServiceEnabled false leaves only the periodic scan (for shares where the watcher is useless)
 * @param requestLimits limits for parsing request and result files
 * @param shutdownGrace how long {@link TerminalAgent#close()} waits for in-flight requests
 */
public record TerminalConfig(Path terminalDir, URI centralBaseUrl, SSLContext sslContext,
        ResultEncoding resultEncoding, Duration scanInterval, Duration settleTime, Duration centralTimeout,
        RetryBackoff retryBackoff, Set<String> supportedMessageIds, int workerThreads, boolean watchServiceEnabled,
        XmlLimits requestLimits, Duration shutdownGrace) {

    /**
     * The request types central answers. YZK/TKK (薬剤情報, 特定健診情報) have their insurance keys in the header and no
     * QualificationConfirmSearchInfo; the agent forwards every request file unchanged, so that makes no difference here.
     */
    public static final Set<String> DEFAULT_MESSAGE_IDS = Set.of("OQSsiquc01req", "OQSmuquc01req", "OQSmuquc02req",
            "OQSsiimm01req", "OQSmuimm01req", "OQSmuimm02req", "YZKsiquc01req", "TKKsiquc01req");

    public TerminalConfig {
        Objects.requireNonNull(terminalDir, "terminalDir");
        Objects.requireNonNull(centralBaseUrl, "centralBaseUrl");
        Objects.requireNonNull(resultEncoding, "resultEncoding");
        requirePositive(scanInterval, "scanInterval");
        requirePositive(settleTime, "settleTime");
        requirePositive(centralTimeout, "centralTimeout");
        requirePositive(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(requestLimits, "requestLimits");
        supportedMessageIds = Set.copyOf(supportedMessageIds);
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1: " + workerThreads);
        }
    }

    public static Builder builder(Path terminalDir, URI centralBaseUrl) {
        return new Builder(terminalDir, centralBaseUrl);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** Defaults as documented on {@link TerminalConfig}. */
    public static final class Builder {
        private final Path terminalDir;
        private final URI centralBaseUrl;
        private SSLContext sslContext;
        private ResultEncoding resultEncoding = ResultEncoding.UTF_8;
        private Duration scanInterval = Duration.ofSeconds(1);
        private Duration settleTime = Duration.ofMillis(200);
        private Duration centralTimeout = Duration.ofSeconds(60);
        private RetryBackoff retryBackoff = RetryBackoff.DEFAULT;
        private Set<String> supportedMessageIds = DEFAULT_MESSAGE_IDS;
        private int workerThreads = 2;
        private boolean watchServiceEnabled = true;
        private XmlLimits requestLimits = XmlLimits.DEFAULTS;
        private Duration shutdownGrace = Duration.ofSeconds(5);

        private Builder(Path terminalDir, URI centralBaseUrl) {
            this.terminalDir = terminalDir;
            this.centralBaseUrl = centralBaseUrl;
        }

        public Builder sslContext(SSLContext value) { sslContext = value; return this; }

        public Builder resultEncoding(ResultEncoding value) { resultEncoding = value; return this; }

        public Builder scanInterval(Duration value) { scanInterval = value; return this; }

        public Builder settleTime(Duration value) { settleTime = value; return this; }

        public Builder centralTimeout(Duration value) { centralTimeout = value; return this; }

        public Builder retryBackoff(RetryBackoff value) { retryBackoff = value; return this; }

        public Builder supportedMessageIds(Set<String> value) { supportedMessageIds = value; return this; }

        public Builder workerThreads(int value) { workerThreads = value; return this; }

        public Builder watchServiceEnabled(boolean value) { watchServiceEnabled = value; return this; }

        public Builder requestLimits(XmlLimits value) { requestLimits = value; return this; }

        public Builder shutdownGrace(Duration value) { shutdownGrace = value; return this; }

        public TerminalConfig build() {
            return new TerminalConfig(terminalDir, centralBaseUrl, sslContext, resultEncoding, scanInterval,
                    settleTime, centralTimeout, retryBackoff, supportedMessageIds, workerThreads, watchServiceEnabled,
                    requestLimits, shutdownGrace);
        }
    }
}
