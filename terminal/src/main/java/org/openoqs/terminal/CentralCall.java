package org.openoqs.terminal;

import java.io.IOException;
import java.time.Duration;
import org.openoqs.wire.xml.ResultEncoding;

/**
 * One request's conversation with central, retried with {@link RetryBackoff} while central is unreachable (I/O error,
 * timeout, 5xx) until the deadline. Any other status ends the conversation at once: 4xx will not change on retry.
 */
final class CentralCall {

    /** The final reply, or null with the last problem when the deadline passed. */
    record Result(CentralClient.Reply reply, int attempts, String lastProblem) {
    }

    private final CentralClient central;
    private final Duration timeout;
    private final RetryBackoff backoff;

    CentralCall(CentralClient central, Duration timeout, RetryBackoff backoff) {
        this.central = central;
        this.timeout = timeout;
        this.backoff = backoff;
    }

    Result exchange(String messageId, byte[] request, ResultEncoding encoding, String requestId)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "none";
        int attempt = 0;
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return new Result(null, attempt, lastProblem);
            }
            attempt++;
            try {
                CentralClient.Reply reply = central.exchange(messageId, request, encoding, requestId,
                        Duration.ofNanos(remaining));
                if (reply.statusCode() < 500) {
                    return new Result(reply, attempt, null);
                }
                lastProblem = "HTTP " + reply.statusCode() + summary(reply);
            } catch (IOException e) {
                lastProblem = RequestProcessor.describe(e);
            }
            pauseBeforeRetry(attempt - 1, deadline);
        }
    }

    private void pauseBeforeRetry(int failedAttempt, long deadline) throws InterruptedException {
        long pause = Math.min(backoff.delayAfter(failedAttempt).toNanos(), deadline - System.nanoTime());
        if (pause > 0) {
            Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
        }
    }

    private static String summary(CentralClient.Reply reply) {
        String text = reply.bodyText();
        return text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
}
