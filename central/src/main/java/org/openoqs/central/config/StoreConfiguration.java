package org.openoqs.central.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.openoqs.central.qualification.CachingQualificationStore;
import org.openoqs.central.qualification.JdbcQualificationStore;
import org.openoqs.central.qualification.QualificationStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the store stack: JDBC underneath, the confirmation cache on top. */
@Configuration
public class StoreConfiguration {

    /** OQS works in Japan time: dates of 資格確認 and ProcessExecutionTime are JST. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(JAPAN);
    }

    @Bean
    public QualificationStore qualificationStore(JdbcTemplate jdbc, Clock clock,
                                                 @Value("${oqs.confirmation.cache.maximum-size}") long maximumSize,
                                                 @Value("${oqs.confirmation.cache.expire-after-write}") Duration expireAfterWrite) {
        return new CachingQualificationStore(new JdbcQualificationStore(jdbc, clock), maximumSize, expireAfterWrite);
    }
}
