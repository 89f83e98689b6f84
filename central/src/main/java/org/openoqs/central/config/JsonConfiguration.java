package org.openoqs.central.config;

import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson for the JSON APIs. Blackbird replaces Jackson's reflective property access with generated lambdas: every
 * confirmation reads a request and writes an answer of some forty properties, and reflection showed in its profile
 * (docs/performance.md). Spring Boot adds every {@code Module} bean to its {@code ObjectMapper}.
 */
@Configuration
public class JsonConfiguration {
    @Bean
    public BlackbirdModule blackbirdModule() {
        return new BlackbirdModule();
    }
}
