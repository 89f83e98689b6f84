package org.openoqs.terminal.kiosk;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.web.util.WebUtils;

/**
 * Keeps each browser's {@link KioskFlow} in its HTTP session and serialises access to it (a double tap must not
 * advance the flow twice at once). A flow left idle past its timeout is replaced by a new one, so the next patient
 * never sees the previous patient's screens.
 */
public final class KioskSessions {

    static final String ATTRIBUTE = KioskSessions.class.getName() + ".flow";

    private final KioskService service;
    private final Clock clock;

    public KioskSessions(KioskService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** Runs {@code action} on the session's current flow, under the session's lock. */
    public <T> T with(HttpSession session, Function<KioskFlow, T> action) {
        synchronized (WebUtils.getSessionMutex(session)) {
            KioskFlow flow = (KioskFlow) session.getAttribute(ATTRIBUTE);
            if (flow == null || flow.idleAt(clock.instant())) {
                flow = service.newFlow();
            }
            try {
                return action.apply(flow);
            } finally {
                session.setAttribute(ATTRIBUTE, flow);
            }
        }
    }

    /** Starts over: the next patient. */
    public void restart(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            session.setAttribute(ATTRIBUTE, service.newFlow());
        }
    }
}
