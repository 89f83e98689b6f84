package org.openoqs.terminal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 403 to kiosk pages requested from anywhere but the reader ({@link KioskClients}), before sign-in is even
 * considered: a signed-in doctor on the LAN must not drive the card reader either.
 */
final class KioskClientFilter extends OncePerRequestFilter {

    static final String KIOSK_PATH = "/kiosk";

    private final KioskClients clients;

    KioskClientFilter(KioskClients clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean kiosk = path.equals(KIOSK_PATH) || path.startsWith(KIOSK_PATH + "/");
        if (kiosk && !clients.allows(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "このページは資格確認端末でのみ表示できます。");
            return;
        }
        chain.doFilter(request, response);
    }
}
