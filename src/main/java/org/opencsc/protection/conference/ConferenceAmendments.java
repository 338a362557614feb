package org.opencsc.protection.conference;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.Amendment;
import org.opencsc.chronology.Amendments;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.protection.PlanTimescales;
import org.opencsc.protection.amendment.AmendmentChecks;
import org.opencsc.protection.enquiry.S47Enquiry;
import org.opencsc.protection.enquiry.S47EnquiryRepository;
import org.opencsc.protection.step.StepPermission;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a recorded initial conference: the date it was held, who attended, the child's
 * views or the reasons. The new value meets the same rules as when it was recorded; the old
 * value is kept as an amendment. A corrected date moves the start of the plan the conference
 * decided on, with its core group and first review due dates, so long as no core group or review
 * has been held under the plan yet (their timescales ran from the recorded date).
 */
@Service
public class ConferenceAmendments {

    static final String RECORD_TYPE = "CP_CONFERENCE";
    /** The fields that can be corrected, with how the chronology names them. */
    public static final Map<String, String> FIELDS = Map.of("heldOn", "the date held", "attendees", "the attendees",
            "childViews", "the child's views", "reasons", "the reasons");
    private static final Map<String, String> COLUMNS = Map.of("heldOn", "held_on", "attendees", "attendees",
            "childViews", "child_views", "reasons", "reasons");

    private final ConferenceRepository conferences;
    private final S47EnquiryRepository enquiries;
    private final WorkingDayCalendar calendar;
    private final Amendments amendments;
    private final StepPermission permission;
    private final Clock clock;

    ConferenceAmendments(ConferenceRepository conferences, S47EnquiryRepository enquiries, WorkingDayCalendar calendar,
                         Amendments amendments, StepPermission permission, Clock clock) {
        this.conferences = conferences;
        this.enquiries = enquiries;
        this.calendar = calendar;
        this.amendments = amendments;
        this.permission = permission;
        this.clock = clock;
    }

    @Transactional
    public void amend(long id, String field, String value, String reason, CurrentUser user, AccessLog.Channel channel) {
        InitialConference c = permission.check(Conferences.canRecord(user.role()),
                "Only a conference chair or a team manager can correct a conference", user,
                () -> conferences.find(id).orElseThrow(() -> new NotFoundException("There is no initial conference " + id)),
                InitialConference::personId, channel, "/conferences/" + id + "/amendments");
        Problems problems = new Problems();
        if (field == null || !FIELDS.containsKey(field)) {
            problems.add("field", "Choose what to correct: " + String.join(", ", List.of("heldOn", "attendees", "childViews", "reasons")));
        }
        AmendmentChecks.reason(reason, problems);
        if (problems.has("field")) {
            problems.throwIfAny();
        }
        String oldValue;
        String newValue;
        if ("heldOn".equals(field)) {
            LocalDate held = AmendmentChecks.date(value, LocalDate.now(clock), c.heldOn(), problems);
            if (held != null && !problems.has("value")) {
                checkHeldOn(c, held, problems);
            }
            problems.throwIfAny();
            conferences.correct(id, "held_on", Date.valueOf(held));
            if (c.planNeeded()) {
                conferences.movePlanStart(id, held, calendar.addWorkingDays(held, PlanTimescales.FIRST_CORE_GROUP_WORKING_DAYS),
                        held.plusMonths(PlanTimescales.FIRST_REVIEW_MONTHS));
            }
            oldValue = c.heldOn().toString();
            newValue = held.toString();
        } else {
            oldValue = switch (field) {
                case "attendees" -> c.attendees();
                case "childViews" -> c.childViews();
                default -> c.reasons();
            };
            newValue = AmendmentChecks.text(value, FIELDS.get(field).substring("the ".length()), oldValue, problems);
            problems.throwIfAny();
            conferences.correct(id, COLUMNS.get(field), newValue);
        }
        amendments.record(new Amendment.New(c.personId(), RECORD_TYPE, id, field, FIELDS.get(field),
                "initial child protection conference", oldValue, newValue, reason.trim(), user.displayName()));
    }

    private void checkHeldOn(InitialConference c, LocalDate held, Problems problems) {
        S47Enquiry enquiry = enquiries.find(c.s47EnquiryId()).orElseThrow();
        if (held.isBefore(enquiry.startedOn())) {
            problems.add("value", "The conference cannot be before the Section 47 enquiry started on " + Dates.govuk(enquiry.startedOn()));
            return;
        }
        conferences.planFromConference(c.id()).filter(p -> conferences.planHasMovedOn(p.id())).ifPresent(p -> problems.add("value",
                "The plan has had core groups or review conferences since it started, timed from this date: "
                        + "the date can no longer be corrected here"));
    }

    /** The corrections to a conference, oldest first (the caller has checked access). */
    public List<Amendment> forConference(long id) {
        return amendments.forRecord(RECORD_TYPE, id);
    }
}
