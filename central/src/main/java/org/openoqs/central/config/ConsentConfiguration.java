package org.openoqs.central.config;

import java.time.Duration;
import org.openoqs.core.consent.ConsentPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How long a per-visit 閲覧同意 lasts: {@code oqs.consent.per-visit-validity}, 24 hours by default (oqs-rules §6.4 [C]). */
@Configuration
public class ConsentConfiguration {

    @Bean
    public ConsentPolicy consentPolicy(@Value("${oqs.consent.per-visit-validity:PT24H}") Duration perVisitValidity) {
        return new ConsentPolicy(perVisitValidity);
    }
}
