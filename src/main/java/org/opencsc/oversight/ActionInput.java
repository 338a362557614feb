package org.opencsc.oversight;

import java.time.LocalDate;

/** A direction a manager gives: what is to be done, by whom, by when. */
public record ActionInput(String action, String owner, LocalDate dueOn) {
}
