package org.openoqs.central;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A bare endpoint that does no work: the benchmark measures the server's own ceiling against it. */
@RestController
public class PingController {
    @GetMapping(path = "/ping", produces = "text/plain")
    public String ping() {
        return "pong";
    }
}
