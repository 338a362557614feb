package org.opencsc.protection.strategy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;

/**
 * The strategy discussion page as typed. Attendees and actions come as parallel lists, one
 * entry per row on the page (rows left empty are ignored), so the page needs no JavaScript.
 */
public record StrategyDiscussionForm(
        String heldDay, String heldMonth, String heldYear, String heldTime,
        String information,
        List<String> attendeeName, List<String> attendeeAgency, List<String> attendeeRole,
        List<String> actionText, List<String> actionOwner, List<String> actionDue,
        String decision, String decisionReason) {

    public static final int ATTENDEE_ROWS = 6;
    public static final int ACTION_ROWS = 4;

    public String at(List<String> values, int row) {
        return values == null || row >= values.size() ? null : values.get(row);
    }

    /** Without a time, the date is a London date and the discussion sits where {@link LondonTime#placeDate} puts it. */
    StrategyDiscussionInput toInput(long referralId, Clock clock, Problems problems) {
        LocalDate day = DateParts.fromParts(heldDay, heldMonth, heldYear, "held", "The date it was held", problems);
        LocalTime time = null;
        if (!DateParts.isBlank(heldTime)) {
            try {
                String t = heldTime.trim();
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeException e) {
                problems.add("heldTime", "Enter the time on the 24-hour clock, like 14:30");
            }
        }
        List<StrategyDiscussionInput.Attendee> attendees = new ArrayList<>();
        for (int row = 0; row < ATTENDEE_ROWS; row++) {
            String name = at(attendeeName, row);
            String agency = at(attendeeAgency, row);
            if (DateParts.isBlank(name) && DateParts.isBlank(agency)) {
                continue;
            }
            attendees.add(new StrategyDiscussionInput.Attendee(name, StrategyAgency.parse(agency).orElse(null), at(attendeeRole, row)));
        }
        List<StrategyDiscussionInput.Action> actions = new ArrayList<>();
        for (int row = 0; row < ACTION_ROWS; row++) {
            String text = at(actionText, row);
            String owner = at(actionOwner, row);
            String due = at(actionDue, row);
            if (DateParts.isBlank(text) && DateParts.isBlank(owner) && DateParts.isBlank(due)) {
                continue;
            }
            LocalDate dueOn = DateParts.fromDayMonthYear(due, "actions",
                    "Enter each action's date as day/month/year, like 7/5/2026", problems);
            actions.add(new StrategyDiscussionInput.Action(text, owner, dueOn));
        }
        Instant heldAt = null;
        if (day != null && time != null) {
            heldAt = LondonTime.at(day, time, "heldTime", problems);
        } else if (day != null && DateParts.isBlank(heldTime)) {
            heldAt = LondonTime.placeDate(day, clock);
        }
        return new StrategyDiscussionInput(referralId, heldAt,
                information, attendees, actions, S47Decision.parse(decision).orElse(null), decisionReason);
    }
}
