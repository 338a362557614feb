package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The embedded database's pool is configured as Spring Boot configures one for an external
 * database: spring.datasource.hikari.* applies to it.
 */
class EmbeddedPostgresConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedPostgresConfig.class)
            .withPropertyValues("opencsc.database.throwaway=true");

    @Test
    void theEmbeddedPoolTakesSpringsHikariProperties() {
        context.withPropertyValues("spring.datasource.hikari.maximum-pool-size=7",
                        "spring.datasource.hikari.connection-timeout=4321")
                .run(app -> {
                    HikariDataSource pool = app.getBean(HikariDataSource.class);
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
                    assertThat(pool.getConnectionTimeout()).isEqualTo(4321);
                    assertThat(pool.getPoolName()).isEqualTo("opencsc-embedded");
                    assertThat(pool.getJdbcUrl()).startsWith("jdbc:postgresql://localhost:");
                });
    }

    @Test
    void aDurableServerIsNotStartedInAJvmWhoseServerIsThrowaway() {
        EmbeddedPostgresServer.jdbcUrl(EmbeddedDatabaseProperties.throwawayDatabase());
        context.withPropertyValues("opencsc.database.throwaway=false", "opencsc.database.data-dir=/tmp/never-used")
                .run(app -> assertThat(app).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("already runs a throwaway database"));
    }
}
