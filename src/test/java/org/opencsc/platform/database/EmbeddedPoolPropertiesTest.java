package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database's pool takes spring.datasource.hikari.* (OPENCSC_DB_POOL_SIZE in
 * application.yml) like Spring Boot's own pool for an external database. Values unlike Hikari's
 * defaults, so that a pool that ignored them would show. The pool is never started here.
 */
class EmbeddedPoolPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties
    static class Binding {
    }

    @Test
    void theEmbeddedPoolIsSizedByTheHikariProperties() {
        new ApplicationContextRunner()
                .withUserConfiguration(Binding.class, EmbeddedPostgresConfig.class)
                .withPropertyValues("spring.datasource.hikari.maximum-pool-size=7", "spring.datasource.hikari.connection-timeout=4321")
                .run(context -> {
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
                    assertThat(pool.getConnectionTimeout()).isEqualTo(4321);
                    assertThat(pool.getPoolName()).isEqualTo("opencsc-embedded");
                });
    }
}
