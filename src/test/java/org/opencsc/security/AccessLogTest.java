package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opencsc.childrecord.CaseNoteInput;
import org.opencsc.childrecord.CaseNotes;
import org.opencsc.chronology.CaseNoteType;
import org.opencsc.person.PersonService;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log keeps every view and refusal, even of a request whose transaction rolls back,
 * without taking a second pooled connection: an entry written inside a transaction is written on
 * the transaction's own connection (the shared context refuses a second one, see
 * OneConnectionPerThread), and written again after a rollback.
 */
@IntegrationTest
class AccessLogTest {

    @Autowired
    AccessLog accessLog;
    @Autowired
    AccessPolicy access;
    @Autowired
    CaseNotes caseNotes;
    @Autowired
    PersonService people;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate tx;

    @Test
    void insideATransactionTheEntryIsWrittenOnItsConnectionAndCommittedWithItOnce() {
        long child = northChild("Inside");
        String path = uniquePath();

        tx.executeWithoutResult(status -> {
            accessLog.record("social", child, AccessLog.Action.VIEW, AccessLog.Channel.API, path);
            // Not yet visible from outside: it is part of this transaction, not committed in one of its own.
            assertThat(entriesSeenFromAnotherClient(path)).isZero();
            assertThat(entries(path, "VIEW")).as("seen inside the transaction").isEqualTo(1);
        });

        assertThat(entriesSeenFromAnotherClient(path)).isEqualTo(1);
        assertThat(entries(path, "VIEW")).as("committed once, not written again").isEqualTo(1);
    }

    @Test
    void aViewInsideATransactionThatLaterRollsBackIsStillLogged() {
        long child = northChild("Rolled");
        String path = uniquePath();
        String surname = Fixtures.uniqueSurname("Undone");
        Fixtures fixtures = new Fixtures(people, users, jdbc);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            access.checkAndLogView(users.findByUsername("social").orElseThrow(), child, AccessLog.Channel.WEB, path);
            fixtures.child("Gone", surname, LocalDate.of(2016, 5, 5));
            throw new IllegalStateException("something later in the request fails");
        })).hasMessage("something later in the request fails");

        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name = :s").param("s", surname).query(Long.class).single())
                .as("the transaction's own work was rolled back").isZero();
        assertThat(entries(path, "VIEW")).as("the view is kept, once").isEqualTo(1);
    }

    @Test
    void aCaseNoteRefusedInsideItsTransactionLeavesItsDeniedEntryAndNoNote() {
        long child = northChild("Refused");
        String summary = "Refused note " + UUID.randomUUID();
        CurrentUser leader = users.findByUsername("leader").orElseThrow();
        long before = maxId();

        assertThatThrownBy(() -> caseNotes.add(child, new CaseNoteInput(CaseNoteType.VISIT, Instant.parse("2024-03-01T10:00:00Z"),
                summary, "Seen at home.", List.of()), leader, AccessLog.Channel.API))
                .isInstanceOf(RecordAccessDeniedException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM event WHERE summary = :s").param("s", summary).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT username, action, channel, path FROM access_log WHERE person_id = :p AND id > :before
                        """).param("p", child).param("before", before)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .list())
                .as("one refusal, appended")
                .containsExactly("leader DENIED API /people/" + child + "/case-notes");
    }

    @Test
    void aRefusedViewInsideATransactionIsLoggedAsDenied() {
        long child = northChild("Denied");
        String path = uniquePath();
        CurrentUser south = users.findByUsername("social2").orElseThrow();

        assertThatThrownBy(() -> tx.executeWithoutResult(status ->
                access.checkAndLogView(south, child, AccessLog.Channel.API, path)))
                .isInstanceOf(RecordAccessDeniedException.class);

        assertThat(entries(path, "DENIED")).isEqualTo(1);
        assertThat(entries(path, "VIEW")).isZero();
    }

    @Test
    void outsideATransactionTheEntryIsCommittedAtOnce() {
        long child = northChild("Outside");
        String path = uniquePath();

        accessLog.record("social", child, AccessLog.Action.VIEW, AccessLog.Channel.WEB, path);

        assertThat(entriesSeenFromAnotherClient(path)).isEqualTo(1);
    }

    private long northChild(String stem) {
        Fixtures fixtures = new Fixtures(people, users, jdbc);
        long child = fixtures.child("Kit", Fixtures.uniqueSurname(stem), LocalDate.of(2017, 2, 3));
        fixtures.allocate(child, "Safeguarding team North");
        return child;
    }

    private static String uniquePath() {
        return "/test/access-log/" + UUID.randomUUID();
    }

    private long entries(String path, String action) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE path = :path AND action = :action")
                .param("path", path).param("action", action).query(Long.class).single();
    }

    private long maxId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
    }

    /** Another client of the database, outside the pool: it sees only what is committed. */
    private long entriesSeenFromAnotherClient(String path) {
        try {
            return countFromOutsideThePool(path);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long countFromOutsideThePool(String path) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection other = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
             PreparedStatement count = other.prepareStatement("SELECT count(*) FROM access_log WHERE path = ?")) {
            count.setString(1, path);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
