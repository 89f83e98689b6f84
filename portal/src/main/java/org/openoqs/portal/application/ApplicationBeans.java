package org.openoqs.portal.application;

import org.openoqs.core.subsidy.CardReaderTerms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApplicationBeans {
    /** The bundled card-reader catalogue and allowances (data, not code: see card-reader-products.csv in core). */
    @Bean
    CardReaderTerms cardReaderTerms() {
        return CardReaderTerms.bundled();
    }
}
