package org.openoqs.portal.mail;

import java.time.Clock;
import org.openoqs.portal.PortalSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {
    @Bean
    @ConditionalOnMissingBean
    MailOutbox mailOutbox(PortalSettings settings, Clock clock) {
        return new FileMailOutbox(settings.outboxDir(), clock);
    }
}
