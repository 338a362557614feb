package org.opencsc.protection.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.chronology.Amendment;
import org.opencsc.chronology.Amendments;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.amendment.AmendmentChecks;
import org.opencsc.protection.conference.ConferenceRepository;
import org.opencsc.protection.enquiry.S47Enquiry;
import org.opencsc.protection.enquiry.S47EnquiryRepository;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a recorded strategy discussion: the date it was held or the information shared.
 * The new value meets the same rules as when it was recorded; the old value is kept as an
 * amendment with who corrected it and why. A corrected date moves the Section 47 enquiry the
 * discussion started (its start is the discussion's date) and the conference due date.
 */
@Service
public class StrategyDiscussionAmendments {

    static final String RECORD_TYPE = "STRATEGY_DISCUSSION";
    /** The fields that can be corrected, with how the chronology names them. */
    public static final Map<String, String> FIELDS = Map.of("heldOn", "the date held", "information", "the information shared");

    private final StrategyDiscussions discussions;
    private final StrategyDiscussionRepository repository;
    private final S47EnquiryRepository enquiries;
    private final ConferenceRepository conferences;
    private final ReferralService referrals;
    private final WorkingDayCalendar calendar;
    private final Amendments amendments;
    private final Clock clock;

    StrategyDiscussionAmendments(StrategyDiscussions discussions, StrategyDiscussionRepository repository,
                                 S47EnquiryRepository enquiries, ConferenceRepository conferences, ReferralService referrals,
                                 WorkingDayCalendar calendar, Amendments amendments, Clock clock) {
        this.discussions = discussions;
        this.repository = repository;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.referrals = referrals;
        this.calendar = calendar;
        this.amendments = amendments;
        this.clock = clock;
    }

    @Transactional
    public void amend(long id, String field, String value, String reason, Integer version, CurrentUser user,
                      AccessLog.Channel channel) {
        String path = "/strategy-discussions/" + id + "/amendments";
        StrategyDiscussion d = discussions.openForRecording(id, "Only a social worker or a manager can correct a strategy discussion",
                user, channel, path);
        if (version != null && version != d.version()) {
            throw new ConflictException("The strategy discussion was changed by someone else: reload it and check before correcting it");
        }
        Problems problems = new Problems();
        if (field == null || !FIELDS.containsKey(field)) {
            problems.add("field", "Choose what to correct: heldOn or information");
        }
        AmendmentChecks.reason(reason, problems);
        if (problems.has("field")) {
            problems.throwIfAny();
        }
        LocalDate oldDate = LondonTime.dateOf(d.heldAt());
        String oldValue;
        String newValue;
        boolean saved;
        if ("heldOn".equals(field)) {
            LocalDate held = AmendmentChecks.date(value, LondonTime.today(clock), oldDate, problems);
            if (held != null && !problems.has("value")) {
                checkHeldOn(d, held, problems);
            }
            problems.throwIfAny();
            // Only the day was wrong: keep the time of day it was recorded with, unless on the corrected
            // day that time is still to come (moved to today) or never came (the clocks went forward).
            Instant kept = LondonTime.at(held, d.heldAt().atZone(LondonTime.ZONE).toLocalTime())
                    .orElseGet(() -> LondonTime.placeDate(held, clock));
            Instant heldAt = kept.isAfter(clock.instant()) ? clock.instant() : kept;
            LocalDate icpcDue = d.icpcDueOn() == null ? null : calendar.addWorkingDays(held, StrategyDiscussions.ICPC_WORKING_DAYS);
            saved = repository.correctHeldAt(id, d.version(), heldAt, icpcDue);
            if (saved && d.s47EnquiryId() != null) {
                enquiries.moveStart(d.s47EnquiryId(), held, icpcDue);
            }
            oldValue = oldDate.toString();
            newValue = held.toString();
        } else {
            newValue = AmendmentChecks.text(value, "information shared", d.information(), problems);
            problems.throwIfAny();
            saved = repository.correctInformation(id, d.version(), newValue);
            oldValue = d.information();
        }
        if (!saved) {
            throw new ConflictException("The strategy discussion was changed by someone else: reload it and check before correcting it");
        }
        amendments.record(new Amendment.New(d.personId(), RECORD_TYPE, id, field, FIELDS.get(field), "strategy discussion",
                oldValue, newValue, reason.trim(), user.displayName()));
    }

    /** The recording rules for the date, plus the steps that followed the discussion: the date cannot pass them. */
    private void checkHeldOn(StrategyDiscussion d, LocalDate held, Problems problems) {
        LocalDate referred = referrals.find(d.referralId()).referralDate();
        if (held.isBefore(referred)) {
            problems.add("value", "The strategy discussion cannot be before the referral on " + Dates.govuk(referred));
        } else if (d.actions().stream().anyMatch(a -> a.dueOn().isBefore(held))) {
            problems.add("value", "An action agreed at the discussion would then be due before it");
        } else if (d.s47EnquiryId() != null) {
            S47Enquiry enquiry = enquiries.find(d.s47EnquiryId()).orElseThrow();
            if (enquiry.completedOn() != null && held.isAfter(enquiry.completedOn())) {
                problems.add("value", "The discussion started the Section 47 enquiry completed on "
                        + Dates.govuk(enquiry.completedOn()) + ": it cannot be after that");
            }
            conferences.heldOnAfterEnquiry(enquiry.id()).filter(held::isAfter).ifPresent(c -> problems.add("value",
                    "The discussion cannot be after the initial conference it led to on " + Dates.govuk(c)));
        }
    }

    public List<Amendment> forDiscussion(long id) {
        return amendments.forRecord(RECORD_TYPE, id);
    }
}
