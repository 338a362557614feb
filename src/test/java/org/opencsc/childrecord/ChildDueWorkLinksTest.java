package org.opencsc.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.security.UserRepository;
import org.opencsc.support.IntegrationTest;
import org.opencsc.workforce.DueItem;
import org.opencsc.workforce.DueWorkSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary's "What is due" links an item only for a role that does it: a role that only looks
 * (inspector, senior leader, auditor) gets the line without a link that would be refused.
 */
@IntegrationTest
class ChildDueWorkLinksTest {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    UserRepository users;

    @Test
    void aVisitDueIsLinkedForTheWorkerButNotForRolesThatOnlyLook() {
        long child = 424242L;
        DueWorkSource visits = ids -> List.of(DueItem.forWorker(child, "Visit (child in need)",
                java.time.LocalDate.now(clock).plusDays(3), "/visits/new?childId=" + child));
        ChildDueWork due = new ChildDueWork(List.of(visits), calendar, clock);
        assertThat(due.of(child, users.findByUsername("social").orElseThrow()))
                .singleElement().satisfies(d -> assertThat(d.href()).isEqualTo("/visits/new?childId=" + child));
        for (String looker : List.of("inspector", "leader", "auditor")) {
            assertThat(users.findByUsername(looker)).as(looker).isPresent();
            assertThat(due.of(child, users.findByUsername(looker).orElseThrow()))
                    .as(looker).singleElement().satisfies(d -> assertThat(d.href()).isNull());
        }
    }
}
