package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opencsc.OpenCscApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Setting a JDBC URL (OPENCSC_DB_URL, as the README says) points OpenCSC at an external server
 * instead of starting one. Given here as default properties, which the same placeholders read. The
 * "external" server here is a fresh, empty database on a PostgreSQL started for the test: the
 * application must use that URL, migrate the schema itself and, by default, seed no demo data.
 */
class ExternalDatabaseTest {

    @Test
    void aJdbcUrlSwitchesToThatServerMigratesItAndSeedsNoDemoData() throws Exception {
        String server = EmbeddedPostgresServer.jdbcUrl(EmbeddedDatabaseProperties.throwawayDatabase());
        String database = "opencsc_external_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = DriverManager.getConnection(server, "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = server.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OpenCscApplication.class)
                .properties("OPENCSC_DB_URL=" + url, "OPENCSC_DB_USERNAME=postgres", "OPENCSC_DB_PASSWORD=postgres",
                        "server.port=0", "logging.level.org.opencsc=WARN")
                .run()) {
            DataSource dataSource = app.getBean(DataSource.class);
            assertThat(dataSource).isInstanceOf(HikariDataSource.class);
            assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(url);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo(database);
            assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(5);
            assertThat(jdbc.sql("SELECT count(*) FROM bank_holiday").query(Long.class).single()).isGreaterThan(100);
            assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).isZero();
        }
    }
}
