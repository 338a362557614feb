package org.opencsc.workforce;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Actions agreed in supervision about a child, due work for their owner until marked done. */
@Component
class SupervisionActionDueWork extends OwnedActions {

    SupervisionActionDueWork(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, "supervision", "Supervision action", "supervision_action",
                "JOIN supervision_child c ON c.id = a.supervision_child_id", "c.person_id", "'/people/' || c.person_id");
    }
}
