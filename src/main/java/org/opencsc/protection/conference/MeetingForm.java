package org.opencsc.protection.conference;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.Problems;

/**
 * The meeting part of a conference page as typed: the time it started, and the invitees as
 * parallel lists, one entry per row of the table (rows left empty are ignored), so the page needs
 * no JavaScript. Shared by the initial and review conference pages.
 */
public record MeetingForm(String startsAt, List<String> inviteeName, List<String> inviteeAgency, List<String> inviteeAttendance) {

    /** Rows the table offers: enough for a family and the agencies at a conference, more when more were typed. */
    static final int INVITEE_ROWS = 12;

    public static MeetingForm empty() {
        return new MeetingForm(null, List.of(), List.of(), List.of());
    }

    public String at(List<String> values, int row) {
        return values == null || row >= values.size() ? null : values.get(row);
    }

    public List<Integer> rows() {
        int typed = Math.max(size(inviteeName), Math.max(size(inviteeAgency), size(inviteeAttendance)));
        return IntStream.range(0, Math.max(INVITEE_ROWS, typed)).boxed().toList();
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    /** What was typed, as the service takes it; a time that is not one is reported here, as typed. */
    ConferenceMeeting toMeeting(Problems problems) {
        LocalTime time = time(startsAt, "startsAt", problems);
        List<ConferenceMeeting.Invitee> invitees = new ArrayList<>();
        for (int row : rows()) {
            String name = at(inviteeName, row);
            String agency = at(inviteeAgency, row);
            String attendance = at(inviteeAttendance, row);
            if (DateParts.isBlank(name) && DateParts.isBlank(agency) && DateParts.isBlank(attendance)) {
                continue;
            }
            invitees.add(new ConferenceMeeting.Invitee(name, DateParts.isBlank(agency) ? null : agency,
                    Attendance.parse(attendance).orElse(null)));
        }
        return new ConferenceMeeting(time, invitees);
    }

    /** A time on the 24-hour clock ("14:30", or "9:30"); null when blank or not a time (then a problem says so). */
    static LocalTime time(String text, String field, Problems problems) {
        if (DateParts.isBlank(text)) {
            return null;
        }
        String t = text.trim();
        try {
            if (!t.matches("\\d{1,2}:\\d{2}")) {
                throw new DateTimeException(t);
            }
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeException e) {
            problems.add(field, "Enter the time the conference started on the 24-hour clock, like 14:30");
            return null;
        }
    }

    /**
     * When the page itself found something wrong (a date or time as typed), the invitee rows are
     * checked too, so every problem is shown at once rather than one sending after another.
     */
    void checkRows(ConferenceMeeting meeting, java.time.LocalDate heldOn, java.time.Clock clock, Problems problems) {
        Problems rows = new Problems();
        meeting.check(heldOn, clock, rows);
        onPage(rows.list()).forEach(p -> problems.add(p.field(), p.message()));
    }

    /**
     * The service names invitees by their place in the list it was given ({@code invitees[1].name});
     * the page's rows skip the empty ones, so each is mapped back to the row it was typed in.
     */
    List<FieldProblem> onPage(List<FieldProblem> problems) {
        List<Integer> typedRows = rows().stream().filter(row -> !(DateParts.isBlank(at(inviteeName, row))
                && DateParts.isBlank(at(inviteeAgency, row)) && DateParts.isBlank(at(inviteeAttendance, row)))).toList();
        return problems.stream().map(p -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^invitees\\[(\\d+)]\\.(name|agency|attendance)$").matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < typedRows.size()) {
                String column = Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1);
                return new FieldProblem("invitee" + column + "-" + typedRows.get(Integer.parseInt(m.group(1))), p.message());
            }
            return p.field().equals("attendees") ? new FieldProblem("invitees", p.message()) : p;
        }).toList();
    }
}
