package org.openoqs.central;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The central OQS service: insurer intake and qualification confirmation. Started by {@code ./oqs serve} or demo. */
@SpringBootApplication
public class CentralApplication {
    public static void main(String[] args) {
        SpringApplication.run(CentralApplication.class, args);
    }
}
