package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RecordRestrictionTest {

    @Autowired
    PersonService people;
    @Autowired
    org.opencsc.security.UserRepository users;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    AccessPolicy access;
    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        fixtures = new Fixtures(people, users, jdbc);
    }

    @Test
    void theManagerTheAllocatedWorkerAndTheNamedUsersKeepARestrictedRecordAndNobodyElse() {
        long child = fixtures.child("Rhea", Fixtures.uniqueSurname("Restrict"), java.time.LocalDate.of(2015, 1, 5));
        fixtures.allocate(child, "Safeguarding team North");
        jdbc.sql("UPDATE allocation SET worker_id = (SELECT id FROM app_user WHERE username = 'social') WHERE person_id = ?")
                .params(child).update();
        assertThat(access.canView(fixtures.user("family"), child)).isTrue();

        restriction.restrict(child, List.of("chair"), "Child of a member of staff", fixtures.user("manager"));

        assertThat(restriction.namedUsers(child)).extracting(RecordRestriction.NamedUser::username)
                .containsExactlyInAnyOrder("manager", "social", "chair");
        assertThat(access.canView(fixtures.user("social"), child)).as("the allocated worker").isTrue();
        assertThat(access.canView(fixtures.user("chair"), child)).as("named").isTrue();
        assertThat(access.canView(fixtures.user("family"), child)).as("same team, not named").isFalse();
        assertThat(access.canView(fixtures.user("leader"), child)).as("senior leader, not named").isFalse();
    }

    @Test
    void onlyAManagerRestrictsAndAReasonAndRealUsersAreNeeded() {
        long child = fixtures.child("Remy", Fixtures.uniqueSurname("Restrict"), java.time.LocalDate.of(2016, 2, 6));
        assertThatThrownBy(() -> restriction.restrict(child, List.of(), "Reason", fixtures.user("social")))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThatThrownBy(() -> restriction.restrict(child, List.of(), " ", fixtures.user("dutymanager")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("why");
        assertThatThrownBy(() -> restriction.restrict(child, List.of("nobody-of-that-name"), "Reason", fixtures.user("dutymanager")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no user called");
    }
}
