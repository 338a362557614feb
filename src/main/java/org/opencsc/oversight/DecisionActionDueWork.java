package org.opencsc.oversight;

import java.time.Clock;
import org.opencsc.workforce.OwnedActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The actions that follow a critical decision: due work for their owner until they mark it done. */
@Component
class DecisionActionDueWork extends OwnedActions {

    DecisionActionDueWork(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, "decision", "Decision action", "decision_action", "JOIN critical_decision d ON d.id = a.decision_id",
                "d.person_id", "'/people/' || d.person_id || '/decisions'");
    }
}
