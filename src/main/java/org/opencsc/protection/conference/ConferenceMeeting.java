package org.opencsc.protection.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;

/**
 * When a conference met and who was invited, with whether each came. Initial and review
 * conferences share it (one form fragment, one check, one table), so both record a meeting the same way.
 * The time is optional, as for a strategy discussion; without one the conference sits in the
 * chronology where a date-only entry does.
 */
public record ConferenceMeeting(LocalTime startsAt, List<Invitee> invitees) {

    static final int MAX_INVITEES = 40;
    static final int MAX_TEXT = 200;

    public ConferenceMeeting {
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
    }

    public static ConferenceMeeting none() {
        return new ConferenceMeeting(null, List.of());
    }

    /** Someone invited: their name, their agency or relationship to the child, and whether they came. */
    public record Invitee(String name, String agency, Attendance attendance) {
    }

    /** An invitee as the API takes one; {@code attendance} is ATTENDED, APOLOGIES or DID_NOT_ATTEND. */
    public record InviteeRequest(String name, String agency, String attendance) {
    }

    /** The meeting as the API sends it: {@code startsAt} as "14:30", invitees each with their attendance. */
    static ConferenceMeeting fromApi(String startsAt, List<InviteeRequest> invitees, Problems problems) {
        LocalTime time = MeetingForm.time(startsAt, "startsAt", problems);
        List<Invitee> list = new java.util.ArrayList<>();
        List<InviteeRequest> given = invitees == null ? List.of() : invitees;
        for (int i = 0; i < given.size(); i++) {
            InviteeRequest r = given.get(i);
            Attendance attendance = r.attendance() == null ? null : Attendance.parse(r.attendance()).orElse(null);
            if (r.attendance() != null && attendance == null) {
                problems.add("invitees[" + i + "].attendance", "invitees[" + i + "].attendance must be ATTENDED, APOLOGIES or DID_NOT_ATTEND");
            }
            list.add(new Invitee(r.name(), r.agency(), attendance));
        }
        return new ConferenceMeeting(time, list);
    }

    /** The invitees who came, as the free-text attendees line reads ("Mum; DS Lowe (police)"). */
    String attendedLine() {
        return invitees.stream().filter(i -> i != null && i.attendance() == Attendance.ATTENDED).map(ConferenceMeeting::named)
                .collect(Collectors.joining("; "));
    }

    boolean anyoneAttended() {
        return invitees.stream().anyMatch(i -> i != null && i.attendance() == Attendance.ATTENDED);
    }

    /** Each invitee with their attendance: "Mum (parent): attended; DS Lowe (police): sent apologies". */
    String invitedLine() {
        return invitees.stream().map(i -> named(i) + ": " + i.attendance().label().toLowerCase()).collect(Collectors.joining("; "));
    }

    /** The lines the chronology entry adds: the time, and each invitee with their attendance. */
    String describe() {
        StringBuilder s = new StringBuilder();
        if (startsAt != null) {
            s.append("\nStarted at: ").append(startsAt);
        }
        if (!invitees.isEmpty()) {
            s.append("\nInvited: ").append(invitedLine());
        }
        return s.toString();
    }

    private static String named(Invitee i) {
        return (i.name() == null ? "" : i.name().trim()) + (i.agency() == null || i.agency().isBlank() ? "" : " (" + i.agency().trim() + ")");
    }

    /**
     * Checks the meeting of a conference held on {@code heldOn}: a conference is recorded once it
     * has been held, so today's cannot have started later than now. Invitees are named as the API
     * sends them ({@code invitees[0].name}); a page reports them on its invitee table.
     */
    void check(LocalDate heldOn, Clock clock, Problems problems) {
        if (startsAt != null && heldOn != null) {
            Instant at = LondonTime.at(heldOn, startsAt, "startsAt", problems);
            if (at != null && at.isAfter(Instant.now(clock))) {
                problems.add("startsAt", "A conference is recorded once it has been held: the time it started cannot be later than now");
            }
        }
        if (invitees.size() > MAX_INVITEES) {
            problems.add("invitees", "List at most " + MAX_INVITEES + " invitees");
            return;
        }
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            String field = "invitees[" + i + "]";
            if (invitee == null) {
                problems.add(field, "Give each invitee's name and whether they attended");
                continue;
            }
            if (invitee.name() == null || invitee.name().isBlank()) {
                problems.add(field + ".name", "Enter the name of invitee " + (i + 1));
            } else if (invitee.name().length() > MAX_TEXT) {
                problems.add(field + ".name", "The name of invitee " + (i + 1) + " must be " + MAX_TEXT + " characters or fewer");
            }
            if (invitee.agency() != null && invitee.agency().length() > MAX_TEXT) {
                problems.add(field + ".agency", "The agency of invitee " + (i + 1) + " must be " + MAX_TEXT + " characters or fewer");
            }
            if (invitee.attendance() == null) {
                problems.add(field + ".attendance", "Say whether invitee " + (i + 1) + " attended, sent apologies or did not attend");
            }
        }
    }

    /**
     * Who attended, as kept on the conference: as typed, or when left out, the invitees who
     * attended; refused (null) when neither says who came.
     */
    String attendees(String typed, Problems problems) {
        if (typed != null && !typed.isBlank()) {
            Conferences.required(typed, "attendees", "Enter who attended, with their agencies", problems);
            return typed.trim();
        }
        if (anyoneAttended()) {
            return attendedLine();
        }
        if (invitees.isEmpty()) {
            problems.add("attendees", "Enter who attended, with their agencies");
        } else {
            problems.add("invitees", "Nobody invited is recorded as attending: say who attended");
        }
        return null;
    }

    /** Where the conference sits in the chronology: at its start time when there is one. */
    Instant placed(LocalDate heldOn, Clock clock) {
        if (startsAt != null) {
            Instant at = LondonTime.at(heldOn, startsAt, "startsAt", new Problems());
            if (at != null) {
                return at;
            }
        }
        return LondonTime.placeDate(heldOn, clock);
    }
}
