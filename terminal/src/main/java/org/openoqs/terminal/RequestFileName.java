package org.openoqs.terminal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file-name rules of the req/res interface.
 *
 * <ul>
 *   <li>Requests are {@code <message id>_<free-form suffix>.xml}, e.g. {@code OQSsiquc01req_0001.xml} [C] S4, S5; the
 *       reply is the same name with {@code req_} replaced by {@code res_} [C] S4.</li>
 *   <li>The reference's guidance pattern {@code ^(OQS|YZK|TKK)[a-z]{2}[a-z]{4}\d{2}req_.+\.xml$} [I] does not match a
 *       single confirmed name: every known function part has 3 letters ({@code quc}, {@code imm}, {@code tic}), so the
 *       [C] names win and 3 or 4 letters are accepted.</li>
 *   <li>A rejected request gets {@code <request base name>.err} [C] S1-agent; the base name is the name without
 *       {@code .xml}.</li>
 *   <li>Temporary names (leading {@code .} or {@code ~}, trailing {@code .tmp}/{@code .part}) are what writers use
 *       before an atomic rename [S] S10, so they are never touched.</li>
 * </ul>
 */
public final class RequestFileName {

    private static final Pattern REQUEST =
            Pattern.compile("^((?:OQS|YZK|TKK)[a-z]{2}[a-z]{3,4}\\d{2})req_.+\\.xml$");

    private RequestFileName() {
    }

    /** True for a name matching the request pattern (case-sensitive, as the real names are). */
    public static boolean isRequest(String name) {
        return !isTemporary(name) && REQUEST.matcher(name).matches();
    }

    /** Names a writer uses while a file is incomplete. */
    public static boolean isTemporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~") || lower.endsWith(".tmp") || lower.endsWith(".part");
    }

    /**
     * A file that is not a valid request name but was evidently meant as one ({@code .xml}, containing {@code req_});
     * it gets an {@code .err} so the EHR is not left waiting.
     */
    public static boolean looksLikeRequestAttempt(String name) {
        return !isTemporary(name) && name.toLowerCase(Locale.ROOT).endsWith(".xml") && name.contains("req_");
    }

    /** Whether the agent takes this file from {@code req} at all: a request or a request attempt. */
    public static boolean isCandidate(String name) {
        return isRequest(name) || looksLikeRequestAttempt(name);
    }

    /** The message id, e.g. {@code OQSsiquc01req} for {@code OQSsiquc01req_0001.xml}. */
    public static Optional<String> messageId(String name) {
        Matcher m = REQUEST.matcher(name);
        return m.matches() && !isTemporary(name) ? Optional.of(m.group(1) + "req") : Optional.empty();
    }

    /** {@code OQSsiquc01req_0001.xml} → {@code OQSsiquc01res_0001.xml}. Only for request names. */
    public static String resultName(String requestName) {
        String id = messageId(requestName)
                .orElseThrow(() -> new IllegalArgumentException("not a request file name: " + requestName));
        String stem = id.substring(0, id.length() - "req".length());
        return stem + "res_" + requestName.substring(id.length() + 1);
    }

    /** The name without a trailing {@code .xml} (any case). */
    public static String baseName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
    }

    /** {@code OQSsiquc01req_0001.xml} → {@code OQSsiquc01req_0001.err}. */
    public static String errorName(String requestName) {
        return baseName(requestName) + ".err";
    }
}
