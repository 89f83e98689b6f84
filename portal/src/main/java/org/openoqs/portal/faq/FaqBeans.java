package org.openoqs.portal.faq;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** The FAQ is read and indexed once at start-up: a broken FAQ file stops the portal with the file, line and field. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FaqSettings.class, FaqContacts.class})
class FaqBeans {

    @Bean
    FaqCatalog faqCatalog(FaqSettings settings, FaqContacts contacts, ResourceLoader resources) {
        Resource file = resources.getResource(settings.file());
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return FaqCatalog.read(reader, settings.file(), contacts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the FAQ file " + settings.file(), e);
        }
    }

    @Bean
    FaqSearch faqSearch(FaqCatalog catalog) {
        return new FaqSearch(catalog);
    }

    @Bean
    Shikaku shikaku(FaqSearch search, FaqSettings settings, FaqContacts contacts) {
        return new Shikaku(search, settings, contacts);
    }
}
