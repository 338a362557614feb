package org.opencsc.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in process when no external database is configured, so the demo
 * and the tests need nothing installed. Setting OPENCSC_DB_URL (spring.datasource.url)
 * switches this off and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfig {

    /** Sized by spring.datasource.hikari.* (application.yml), as Spring Boot's own pool would be. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl());
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setPoolName("opencsc-embedded");
        return pool;
    }
}
