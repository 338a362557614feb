package org.opencsc.legal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.WholeNumbers;

/**
 * Every step form on the pre-proceedings page as typed. One record for all of them, so whichever
 * form was refused is shown again as it was while the others show what is recorded.
 */
record PreProceedingsStepsForm(String version,
                               String kind, String plannedOnDay, String plannedOnMonth, String plannedOnYear, String plannedAt,
                               String place,
                               String meetingId, String heldOnDay, String heldOnMonth, String heldOnYear, String attendance,
                               String summary,
                               String fgdmOfferedOnDay, String fgdmOfferedOnMonth, String fgdmOfferedOnYear,
                               String fgdmHeldOnDay, String fgdmHeldOnMonth, String fgdmHeldOnYear,
                               String newAimOnDay, String newAimOnMonth, String newAimOnYear, String reason,
                               String decidedOnDay, String decidedOnMonth, String decidedOnYear, String outcome, String reasons,
                               String alternatives,
                               String courtApplicationOnDay, String courtApplicationOnMonth, String courtApplicationOnYear,
                               String issueLetterSentOnDay, String issueLetterSentOnMonth, String issueLetterSentOnYear) {

    /** The forms as the page first shows them: FGDM with the dates recorded, the rest empty. */
    static PreProceedingsStepsForm of(PreProceedingsSummary pp) {
        LocalDate offered = pp.fgdmOfferedOn();
        LocalDate held = pp.fgdmHeldOn();
        return new PreProceedingsStepsForm(String.valueOf(pp.version()), "", "", "", "", "", "", "", "", "", "", "", "",
                part(offered, 0), part(offered, 1), part(offered, 2), part(held, 0), part(held, 1), part(held, 2),
                "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The version sent with the form; a missing or altered one is a problem on "version", never a guess. */
    Integer versionOrProblem(Problems problems) {
        Integer v = WholeNumbers.intOrEmpty(version).orElse(null);
        if (v == null) {
            problems.add("version", "The page was out of date: open it again and re-enter the step");
        }
        return v;
    }

    PreProceedingsSteps.MeetingPlan plan(Problems problems) {
        LocalTime time = null;
        if (plannedAt != null && !plannedAt.isBlank()) {
            try {
                time = LocalTime.parse(plannedAt.strip().length() == 4 ? "0" + plannedAt.strip() : plannedAt.strip());
            } catch (DateTimeParseException e) {
                problems.add("plannedAt", "Enter the time as hours and minutes on the 24-hour clock, like 10:30 or 14:00");
            }
        }
        return new PreProceedingsSteps.MeetingPlan(kind, date(plannedOnDay, plannedOnMonth, plannedOnYear, "plannedOn",
                "The date of the meeting", problems), time, place);
    }

    PreProceedingsSteps.MeetingHeld held(Problems problems) {
        long id = WholeNumbers.longOrEmpty(meetingId).orElse(-1L);
        if (id < 0) {
            problems.add("meetingId", "Choose the meeting that was held");
        }
        return new PreProceedingsSteps.MeetingHeld(id, date(heldOnDay, heldOnMonth, heldOnYear, "heldOn", "The date the meeting was held",
                problems), attendance, summary);
    }

    PreProceedingsSteps.Fgdm fgdm(Problems problems) {
        return new PreProceedingsSteps.Fgdm(
                date(fgdmOfferedOnDay, fgdmOfferedOnMonth, fgdmOfferedOnYear, "fgdmOfferedOn", "The date it was offered", problems),
                date(fgdmHeldOnDay, fgdmHeldOnMonth, fgdmHeldOnYear, "fgdmHeldOn", "The date it was held", problems));
    }

    PreProceedingsSteps.Extension extension(Problems problems) {
        return new PreProceedingsSteps.Extension(date(newAimOnDay, newAimOnMonth, newAimOnYear, "newAimOn", "The new aim", problems),
                reason);
    }

    PreProceedingsSteps.StepDecision decision(Problems problems) {
        PreProceedingsOutcome o = PreProceedingsOutcome.parse(outcome).orElse(null);
        if (outcome != null && !outcome.isBlank() && o == null) {
            problems.add("outcome", "Choose the outcome");
        }
        return new PreProceedingsSteps.StepDecision(
                date(decidedOnDay, decidedOnMonth, decidedOnYear, "decidedOn", "The date of the decision", problems), o, reasons,
                alternatives == null ? List.of() : List.of(alternatives),
                date(courtApplicationOnDay, courtApplicationOnMonth, courtApplicationOnYear, "courtApplicationOn",
                        "The court application date", problems),
                date(issueLetterSentOnDay, issueLetterSentOnMonth, issueLetterSentOnYear, "issueLetterSentOn",
                        "The date the letter was sent", problems));
    }

    private static LocalDate date(String day, String month, String year, String field, String label, Problems problems) {
        return DateParts.fromParts(day, month, year, field, label, problems);
    }

    private static String part(LocalDate date, int which) {
        if (date == null) {
            return "";
        }
        return String.valueOf(which == 0 ? date.getDayOfMonth() : which == 1 ? date.getMonthValue() : date.getYear());
    }
}
