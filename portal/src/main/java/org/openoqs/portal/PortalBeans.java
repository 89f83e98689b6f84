package org.openoqs.portal;

import java.time.Clock;
import javax.sql.DataSource;
import org.openoqs.central.config.StoreConfiguration;
import org.openoqs.central.pki.PkiProperties;
import org.openoqs.central.pki.TerminalCertificateRegistry;
import org.openoqs.central.pki.TerminalCertificateService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The portal's shared infrastructure: clock, schema, password hashing, and central's terminal CA. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PortalSettings.class, PkiProperties.class})
@EnableScheduling
class PortalBeans {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(StoreConfiguration.JAPAN);
    }

    /** Runs before anything touches the store: JdbcTemplate users depend on this bean by name. */
    @Bean
    PortalSchemaMigrated portalSchema(DataSource dataSource) {
        PortalSchema.migrate(dataSource);
        return new PortalSchemaMigrated();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource, PortalSchemaMigrated migrated) {
        return new JdbcTemplate(dataSource);
    }

    /** bcrypt by default, with the {id} prefix so stronger encoders can be introduced without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Central's registry, unless central runs in this JVM and handed over its own ({@link SharedCentral}). */
    @Bean
    @ConditionalOnMissingBean
    TerminalCertificateRegistry terminalCertificateRegistry(JdbcTemplate jdbc, Clock clock, PkiProperties pki) {
        return new TerminalCertificateRegistry(jdbc, clock, pki);
    }

    @Bean
    TerminalCertificateService terminalCertificateService(PortalSettings settings, Clock clock, PkiProperties pki,
                                                          TerminalCertificateRegistry registry) {
        return new TerminalCertificateService(settings.dataDir(), clock, pki, registry);
    }

    /** Marker: the store's schema is current. */
    record PortalSchemaMigrated() {}
}
