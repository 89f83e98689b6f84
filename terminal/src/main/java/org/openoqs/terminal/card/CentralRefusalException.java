package org.openoqs.terminal.card;

import org.openoqs.terminal.CentralClient;

/** Central answered the card API, but not with what was asked for (an HTTP error or a malformed body). */
public final class CentralRefusalException extends Exception {

    private final int statusCode;

    public CentralRefusalException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    static CentralRefusalException of(String what, CentralClient.Reply reply) {
        String text = reply.bodyText();
        if (text.length() > 300) {
            text = text.substring(0, 300) + "…";
        }
        return new CentralRefusalException(reply.statusCode(),
                "central refused the " + what + " (HTTP " + reply.statusCode() + ")" + (text.isEmpty() ? "" : ": " + text));
    }

    public int statusCode() {
        return statusCode;
    }
}
