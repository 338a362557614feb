package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests run on a throwaway database (src/test/resources/config/application.properties), never on
 * the durable one a developer keeps their trial data in.
 */
@IntegrationTest
class ThrowawayTestDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSharedTestContextRunsOnATemporaryDatabaseWithoutCrashSafety() {
        Path dataDirectory = Path.of(jdbc.sql("SHOW data_directory").query(String.class).single());
        assertThat(dataDirectory).startsWith(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"));
        assertThat(dataDirectory.startsWith(Path.of(System.getProperty("user.home"), ".opencsc"))).isFalse();
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("off");
    }

    @Test
    void theEmbeddedBinariesAreTheMajorVersionTheDataDirectoryCheckExpects() {
        // server_version_num is major * 10000 + minor from PostgreSQL 10 on.
        int number = Integer.parseInt(jdbc.sql("SHOW server_version_num").query(String.class).single());
        assertThat(String.valueOf(number / 10000)).isEqualTo(DataDirectory.POSTGRES_MAJOR_VERSION);
    }
}
