package org.openoqs.app.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the closed loop gets each request's body. Called on the connection's event loop, so it must be cheap and
 * thread-safe: building or signing a request here would make the load generator, not the server, the bottleneck.
 */
interface RequestSource {
    /** The next body, or null when the source is used up (the connection then stops sending). */
    byte[] next(SplittableRandom random);

    /** The source for a {@link LoadTarget.Body#NONE}, {@link LoadTarget.Body#KEYED} or {@link LoadTarget.Body#FIXED} target. */
    static RequestSource of(LoadTarget target, List<CardKey> keys) {
        return switch (target.bodyKind()) {
            case NONE -> random -> new byte[0];
            case FIXED -> {
                byte[] body = target.fixedBody();
                yield random -> body;
            }
            case KEYED -> new KeyedRequests(target, keys, 0);
            case PREPARED -> throw new IllegalArgumentException(target.label() + " needs prepared requests");
        };
    }
}
