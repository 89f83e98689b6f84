package org.openoqs.central.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openoqs.central.qualification.CachingQualificationStore;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.central.support.TestStores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store stack: the cache always on top; card lookups coalesced on PostgreSQL unless set otherwise. */
class StoreConfigurationTest {
    private static final String STATEMENTS = "oqs.qualification.card-lookup.statements";
    private final MeterRegistry meters = new SimpleMeterRegistry();

    private QualificationStore stack(DataSource dataSource, String coalesce) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("meters", meters);
        ObjectProvider<MeterRegistry> provider = beans.getBeanProvider(MeterRegistry.class);
        return new StoreConfiguration().qualificationStore(new JdbcTemplate(dataSource), Clock.systemUTC(), provider, 1000,
                Duration.ofMinutes(1), coalesce, 64, 2);
    }

    @Test
    void automaticallyCoalescesOnPostgresqlAndNotOnTheEmbeddedStore() {
        assertThat(stack(TestStores.h2(), "auto")).isInstanceOf(CachingQualificationStore.class);
        assertThat(meters.find(STATEMENTS).functionCounter()).as("H2: no coalescing").isNull();

        assertThat(stack(TestStores.postgres(), "auto")).isInstanceOf(CachingQualificationStore.class);
        assertThat(meters.find(STATEMENTS).functionCounter()).as("PostgreSQL: coalescing, with its meters").isNotNull();
    }

    @Test
    void theSettingOverridesTheDatabase() {
        stack(TestStores.h2(), " TRUE ");
        assertThat(meters.find(STATEMENTS).functionCounter()).isNotNull();
        assertThat(meters.find("oqs.qualification.card-lookup.lookups").functionCounter()).isNotNull();
    }

    @Test
    void anUnknownSettingIsRefusedByName() {
        assertThatThrownBy(() -> stack(TestStores.h2(), "sometimes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oqs.confirmation.lookup.coalesce").hasMessageContaining("sometimes");
    }
}
