package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Collections;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The closed loop against the raw Netty server, in this JVM. */
class ClosedLoopLoadTest {
    @Test
    void preparedRequestsAreEachSentOnceAndTheLoopDrainsWithTheAnswersHandedOn() throws Exception {
        try (HelloServer hello = HelloServer.start(0)) {
            PreparedRequests prepared = new PreparedRequests(Collections.nCopies(25, new byte[0]));
            ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
            try (ClosedLoopLoad load = new ClosedLoopLoad(URI.create("http://127.0.0.1:" + hello.port()), LoadTarget.NETTY,
                    prepared, bodies::add, 3, 1)) {
                load.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!load.drained() && System.nanoTime() < deadline) Thread.sleep(10);
                assertThat(load.drained()).as("every connection stopped").isTrue();
                LoadDriver.Window window = load.cut();
                assertThat(window.latencies().getTotalCount()).isEqualTo(25);
                assertThat(window.errors()).isZero();
                assertThat(load.completed()).isEqualTo(25);
            }
            assertThat(bodies).hasSize(25).allMatch(HelloServer.BODY::equals);
            assertThat(prepared.exhausted()).isTrue();
        }
    }
}
