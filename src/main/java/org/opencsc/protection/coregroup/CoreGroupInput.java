package org.opencsc.protection.coregroup;

import java.time.LocalDate;

/** A core group meeting as recorded: who came, whether the child was seen, progress and the actions agreed. */
public record CoreGroupInput(LocalDate heldOn, String attendees, Boolean childSeen, String progress, String actions) {
}
