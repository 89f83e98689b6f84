package org.openoqs.terminal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openoqs.wire.xml.ResultEncoding;

/**
 * How the terminal reaches central (SPI). The real link is mutual TLS over the closed network [C] S3, S12; the
 * request file travels unchanged and the result file comes back in the terminal's encoding.
 */
public interface CentralClient {

    /**
     * Sends one request file.
     *
     * @param messageId e.g. {@code OQSsiquc01req}
     * @param requestFile the request bytes exactly as the EHR wrote them (UTF-8 or Shift_JIS [C])
     * @param encoding the encoding the result file should be written in
     * @param requestId idempotency key, so central can recognise a resubmitted request after a terminal restart
     * @param timeout how long to wait for the whole answer
     * @return central's answer, whatever the status
     * @throws IOException central could not be reached or did not answer in time (the caller retries)
     */
    Reply exchange(String messageId, byte[] requestFile, ResultEncoding encoding, String requestId, Duration timeout)
            throws IOException, InterruptedException;

    /** An HTTP answer: status, raw body, and the Content-Type header (null when absent). */
    record Reply(int statusCode, byte[] body, String contentType) {

        private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

        /**
         * The body as text in the Content-Type's charset (Shift_JIS read as MS932), UTF-8 when none is given or it
         * is unknown.
         */
        public String bodyText() {
            return new String(body, charset()).strip();
        }

        private Charset charset() {
            if (contentType != null) {
                Matcher m = CHARSET.matcher(contentType);
                if (m.find()) {
                    String name = m.group(1).toLowerCase(Locale.ROOT);
                    if (name.equals("shift_jis") || name.equals("sjis")) {
                        return ResultEncoding.SHIFT_JIS.charset(); // MS932 in practice [I, backed by S4] §5
                    }
                    try {
                        return Charset.forName(name);
                    } catch (RuntimeException unknown) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }
    }
}
