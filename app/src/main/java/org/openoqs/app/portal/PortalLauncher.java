package org.openoqs.app.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.openoqs.app.central.CentralServer;
import org.openoqs.central.pki.TerminalCertificateRegistry;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.SharedCentral;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the portal from the launcher: beside central in this JVM, or on its own against the same store. */
public final class PortalLauncher {
    private PortalLauncher() {}

    /**
     * The portal sharing central's connection pool and certificate registry: a revocation on the portal is refused by
     * central from the next request on. Plain HTTP on {@code port} (put a TLS proxy in front on a real network).
     */
    public static PortalServer startBeside(ConfigurableApplicationContext central, int port, CentralServer.Store store) {
        SharedCentral shared = new SharedCentral(central.getBean(DataSource.class),
                central.getBean(TerminalCertificateRegistry.class));
        return PortalServer.start(properties(port, store, false), Optional.of(shared));
    }

    /** The portal alone, opening the store itself; on another node, revocation reaches central within its cache TTL. */
    public static PortalServer startAlone(int port, CentralServer.Store store) {
        return PortalServer.start(properties(port, store, true), Optional.empty());
    }

    private static Map<String, Object> properties(int requestedPort, CentralServer.Store store, boolean ownStore) {
        // Mailed links carry the portal's address, so a "any free port" request is resolved here, not by Tomcat.
        int port = requestedPort == 0 ? freePort() : requestedPort;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", port);
        p.put("oqs.portal.data-dir", store.dataDir().toAbsolutePath().toString());
        p.put("oqs.portal.base-url", "http://127.0.0.1:" + port);
        if (ownStore && store.dbUrl() != null) {
            p.put("spring.datasource.url", store.dbUrl());
            if (store.dbUser() != null) p.put("spring.datasource.username", store.dbUser());
            if (store.dbPassword() != null) p.put("spring.datasource.password", store.dbPassword());
        }
        return p;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no free port for the portal", e);
        }
    }
}
