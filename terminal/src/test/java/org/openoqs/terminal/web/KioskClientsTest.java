package org.openoqs.terminal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class KioskClientsTest {

    @Test
    void loopbackOnlyByDefault() {
        KioskClients clients = new KioskClients(Set.of());
        assertThat(clients.allows("127.0.0.1")).isTrue();
        assertThat(clients.allows("127.0.0.2")).isTrue();
        assertThat(clients.allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(clients.allows("192.168.1.20")).isFalse();
        assertThat(clients.allows("example.org")).as("never a DNS lookup").isFalse();
        assertThat(clients.allows(null)).isFalse();
    }

    @Test
    void configuredReaderPcsToo() {
        KioskClients clients = new KioskClients(Set.of("192.168.1.20"));
        assertThat(clients.allows("192.168.1.20")).isTrue();
        assertThat(clients.allows("192.168.1.21")).isFalse();
        assertThatThrownBy(() -> new KioskClients(Set.of("reader.local"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFilterAnswers403ToKioskPagesFromElsewhereOnly() throws Exception {
        KioskClientFilter filter = new KioskClientFilter(new KioskClients(Set.of()));
        assertThat(status(filter, "/kiosk", "192.168.1.5")).isEqualTo(403);
        assertThat(status(filter, "/kiosk/visual-check", "192.168.1.5")).isEqualTo(403);
        assertThat(status(filter, "/kiosk", "127.0.0.1")).isEqualTo(200);
        assertThat(status(filter, "/kioskish", "192.168.1.5")).isEqualTo(200);
        assertThat(status(filter, "/viewer", "192.168.1.5")).as("the viewer is for the LAN").isEqualTo(200);
    }

    private static int status(KioskClientFilter filter, String path, String remote) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(remote);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
