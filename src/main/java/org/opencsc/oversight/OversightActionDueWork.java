package org.opencsc.oversight;

import java.time.Clock;
import org.opencsc.workforce.OwnedActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The direction given in management oversight: each action is due work for its owner until they mark it done. */
@Component
class OversightActionDueWork extends OwnedActions {

    OversightActionDueWork(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, "oversight", "Oversight action", "oversight_action", "JOIN oversight o ON o.id = a.oversight_id",
                "o.person_id", "'/people/' || o.person_id");
    }
}
