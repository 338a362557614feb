package org.opencsc.protection.chair;

import java.time.LocalDate;

/** A chair's concern about a plan's progress, and the team manager's response once given. */
public record Escalation(long id, long planId, long personId, String concern, LocalDate raisedOn, String raisedBy,
                        LocalDate responseDueOn, String response, LocalDate respondedOn, String respondedBy) {

    public boolean open() {
        return respondedOn == null;
    }
}
