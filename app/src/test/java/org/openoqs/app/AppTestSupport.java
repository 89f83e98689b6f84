package org.openoqs.app;

import java.io.IOException;
import java.net.ServerSocket;

/** Helpers shared by the launcher tests. */
public final class AppTestSupport {
    private AppTestSupport() {}

    /** A free TCP port on loopback for a server under test. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
