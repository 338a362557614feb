package org.opencsc.oversight;

import java.time.LocalDate;

/**
 * A direction a manager gives: what is to be done, by whom, by when. The owner is a member of
 * staff named by username, so the action reaches their "My work" until they mark it done;
 * {@code owner} is their name as shown (an action recorded before owners were chosen from the
 * staff has only the name typed then, and no username).
 */
public record ActionInput(String action, String owner, String ownerUsername, LocalDate dueOn) {

    static ActionInput of(String action, String ownerUsername, LocalDate dueOn) {
        return new ActionInput(action, null, ownerUsername, dueOn);
    }
}
