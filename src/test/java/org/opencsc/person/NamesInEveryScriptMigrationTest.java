package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.opencsc.security.AccessLog;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Names stored before search read every script (reduced to nothing, or to "ukasz") are reduced again by migration 35. */
@IntegrationTest
class NamesInEveryScriptMigrationTest {

    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void flywayRanIt() {
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '35' AND success")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void namesReducedTheOldWayAreReducedAgain() throws Exception {
        String family = "Wiśniewski" + Fixtures.uniqueSurname("ł");
        var in = new PersonInput(true, "Иван", family, List.of(), LocalDate.of(2015, 1, 2), null, "1", null, null, null, null,
                null, List.of(), null);
        long id = ((PersonService.CreateResult.Created) people.create(in, null, true, users.findByUsername("contact").orElseThrow(),
                AccessLog.Channel.API)).id();
        // As the old reduction (a to z only) stored them.
        jdbc.sql("UPDATE person_name SET given_norm = '', family_norm = :old WHERE person_id = :id")
                .param("old", family.toLowerCase().replaceAll("[^a-z]", "")).param("id", id).update();

        try (Connection connection = dataSource.getConnection()) {
            new V35__NamesInEveryScript().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        var norms = jdbc.sql("SELECT given_norm, family_norm FROM person_name WHERE person_id = :id AND kind = 'CURRENT'")
                .param("id", id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(norms).containsExactly("ivan", Names.normalise(family));
        assertThat(norms.get(1)).startsWith("wisniewskil");
    }
}
