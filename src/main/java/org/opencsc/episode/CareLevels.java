package org.opencsc.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.RecordsMerging;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.Dates;
import org.opencsc.protection.PlanEnded;
import org.opencsc.protection.PlanStarted;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's level of need: early help, child in need or child protection. Conferences move a
 * child onto and off child protection (a plan starts or ends); a manager steps a child up from
 * early help to child in need or down again, always with a reason; closing the case ends it.
 * The current level is the latest recorded change, or child in need while a referral is open
 * and no change has been recorded since it was made.
 */
@Service
public class CareLevels {

    static final int MAX_REASON = 20_000;

    private final CareLevelRepository changes;
    private final Conferences conferences;
    private final EventLog events;
    private final AccessPolicy access;
    private final Clock clock;

    CareLevels(CareLevelRepository changes, Conferences conferences, EventLog events, AccessPolicy access, Clock clock) {
        this.changes = changes;
        this.conferences = conferences;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Only managers step a child up or down by hand. */
    public static boolean canChange(CurrentUser user) {
        return user.role().isManager();
    }

    /** The current level (the caller has checked access to the child). */
    public CareLevel current(long personId) {
        return levelFrom(changes.latest(personId), changes.latestOpenReferral(personId));
    }

    private static CareLevel levelFrom(Optional<CareLevelChange> latest, Optional<LocalDate> openReferral) {
        if (latest.isEmpty()) {
            return openReferral.isPresent() ? CareLevel.CIN : CareLevel.NONE;
        }
        CareLevel recorded = latest.get().to();
        // A referral made after the case closed (or after a step down to early help) reopens child in need.
        boolean referredSince = openReferral.filter(d -> d.isAfter(latest.get().changedOn())).isPresent();
        return referredSince && !recorded.isAbove(CareLevel.EARLY_HELP) ? CareLevel.CIN : recorded;
    }

    /** Every change, newest first (the caller has checked access to the child). */
    public List<CareLevelChange> history(long personId) {
        return changes.history(personId);
    }

    /** A manager's step up (early help to child in need) or step down (child in need to early help). */
    @Transactional
    public void change(long personId, CareLevel to, LocalDate on, String reason, CurrentUser user, AccessLog.Channel channel) {
        if (!canChange(user)) {
            throw new RecordAccessDeniedException("Only a team manager or duty manager can step a child up or down");
        }
        access.checkCanRecord(user, personId, channel, "/people/" + personId + "/level");
        CareLevel from = current(personId);
        Problems problems = new Problems();
        if (to == null) {
            problems.add("to", "Select the level of need the child moves to");
        } else if (to == CareLevel.CP) {
            problems.add("to", "A child protection plan starts only at an initial child protection conference");
        } else if (to == CareLevel.NONE) {
            problems.add("to", "Close the case from its referral instead");
        } else if (from == CareLevel.CP && conferences.openPlanOf(personId).isPresent()) {
            problems.add("to", "The child has an open child protection plan. End the plan at a review conference first");
        } else if (to == from) {
            problems.add("to", "The child is already at " + from.inSentence());
        } else if (from == CareLevel.NONE && to == CareLevel.CIN) {
            problems.add("to", "A child in need episode starts with a referral: record a contact at the front door");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "Enter the reason for the change");
        } else if (reason.length() > MAX_REASON) {
            problems.add("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        checkDate(personId, on, problems);
        problems.throwIfAny();
        record(personId, from, to, on, reason.trim(), user.displayName(), CareLevelChange.Source.MANAGER);
    }

    /**
     * Changes of level take effect in date order, so a new one is dated on or after the last
     * change and on or after the referral that opened the child's current episode, and not in the
     * future. An earlier date would be accepted and then lose to what came after it: the current
     * level is read from the latest change, and a referral made after a change reopens child in need.
     */
    private void checkDate(long personId, LocalDate on, Problems problems) {
        if (on == null) {
            problems.add("on", "Enter the date of the change");
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.add("on", "The date of the change cannot be in the future");
        } else {
            Optional<CareLevelChange> last = changes.latest(personId);
            Optional<LocalDate> referral = changes.latestOpenReferral(personId);
            if (last.isPresent() && on.isBefore(last.get().changedOn())) {
                problems.add("on", "The date cannot be before the last change of level on " + Dates.govuk(last.get().changedOn())
                        + ": changes take effect in date order");
            } else if (referral.isPresent() && on.isBefore(referral.get())) {
                problems.add("on", "The date cannot be before the referral on " + Dates.govuk(referral.get())
                        + " that opened this episode: changes take effect in date order");
            }
        }
    }

    /** The earliest date a change of level can have now (see {@link #checkDate}); empty when only "not in the future" applies. */
    public Optional<LocalDate> earliestChangeOn(long personId) {
        Optional<LocalDate> last = changes.latest(personId).map(CareLevelChange::changedOn);
        Optional<LocalDate> referral = changes.latestOpenReferral(personId);
        if (last.isEmpty()) {
            return referral;
        }
        return referral.filter(r -> r.isAfter(last.get())).or(() -> last);
    }

    /** The plan started at a conference: the child steps up to child protection. */
    @EventListener
    void onPlanStarted(PlanStarted e) {
        CareLevel from = current(e.personId());
        if (from != CareLevel.CP) {
            record(e.personId(), from, CareLevel.CP, e.startedOn(), e.reason(), e.decidedBy(), CareLevelChange.Source.CONFERENCE);
        }
    }

    /** The plan ended at a review conference: the child steps down to child in need. */
    @EventListener
    void onPlanEnded(PlanEnded e) {
        CareLevel from = current(e.personId());
        if (from != CareLevel.CIN) {
            record(e.personId(), from, CareLevel.CIN, e.endedOn(), e.reason(), e.decidedBy(), CareLevelChange.Source.CONFERENCE);
        }
    }

    /**
     * Two records of one child are being merged, and the kept record will read its level from
     * both histories: the latest change of either, which may be the kept record's closure while
     * the merged record's child protection plan, moving over, is open. The child is at the higher
     * of the two records' levels (child protection whenever either has an open plan); if the
     * joined history would say otherwise, the merge records that level as a change of its own.
     */
    @EventListener
    void onMerging(RecordsMerging e) {
        CareLevel kept = current(e.keptId());
        CareLevel merged = current(e.mergedId());
        boolean openPlan = conferences.openPlanOf(e.keptId()).isPresent() || conferences.openPlanOf(e.mergedId()).isPresent();
        CareLevel after = openPlan ? CareLevel.CP : kept.isAbove(merged) ? kept : merged;
        Optional<CareLevelChange> latest = Stream.of(changes.latest(e.keptId()), changes.latest(e.mergedId()))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(CareLevelChange::changedOn).thenComparing(CareLevelChange::id));
        Optional<LocalDate> openReferral = Stream.of(changes.latestOpenReferral(e.keptId()), changes.latestOpenReferral(e.mergedId()))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        CareLevel joined = levelFrom(latest, openReferral);
        if (joined != after) {
            record(e.keptId(), joined, after, e.on(), "record " + e.mergedId() + " merged into this one (it was at "
                    + merged.inSentence() + ", this record at " + kept.inSentence() + ")", e.mergedBy(),
                    CareLevelChange.Source.MERGE);
        }
    }

    /** Refuses a closure date before the last change, so the closure stays the latest step. */
    void checkClosureDate(long personId, LocalDate closedOn, Problems problems) {
        changes.latest(personId).filter(last -> closedOn.isBefore(last.changedOn())).ifPresent(last -> problems.add("closedOn",
                "The case cannot close before the last change of level on " + Dates.govuk(last.changedOn())));
    }

    /**
     * The case closed: the child is no longer open to children's social care, unless another
     * referral is still open, or goes on to early help when that is the reason for closure (RC9).
     * {@code before} is the level read before the referral closed. The chronology already has
     * the closure, so no second event.
     */
    void onClosure(long personId, CareLevel before, LocalDate closedOn, ClosureReason reason, String why, String decidedBy) {
        CareLevel after = reason == ClosureReason.RC9 ? CareLevel.EARLY_HELP : CareLevel.NONE;
        if (before != after && changes.latestOpenReferral(personId).isEmpty()) {
            changes.insert(personId, before, after, closedOn, reason.code() + " " + reason.label() + ": " + why, decidedBy,
                    CareLevelChange.Source.CLOSURE);
        }
    }

    private void record(long personId, CareLevel from, CareLevel to, LocalDate on, String reason, String by,
                        CareLevelChange.Source source) {
        changes.insert(personId, from, to, on, reason, by, source);
        events.append(NewEvent.of(EventType.LEVEL_CHANGED, LondonTime.placeDate(on, clock), by,
                CareLevelChange.summary(from, to, reason), null, List.of(personId)));
    }
}
