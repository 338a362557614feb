package org.opencsc.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in process when no external database is configured, so the demo
 * and the tests need nothing installed. Setting OPENCSC_DB_URL (spring.datasource.url)
 * switches this off and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfig {

    /** The pool takes spring.datasource.hikari.* (its size, timeouts) as it would for an external database. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseProperties database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(database));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setPoolName("opencsc-embedded");
        return pool;
    }

    /** Before every other filter, so that not even sign-in waits for a server that is gone. */
    @Bean
    FilterRegistrationBean<EmbeddedServerGoneFilter> embeddedServerGoneFilter() {
        FilterRegistrationBean<EmbeddedServerGoneFilter> registration =
                new FilterRegistrationBean<>(new EmbeddedServerGoneFilter(EmbeddedPostgresServer::hasDied));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
