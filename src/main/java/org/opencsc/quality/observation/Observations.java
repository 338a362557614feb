package org.opencsc.quality.observation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.quality.QualityAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Redaction;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice observations. Recorded by the roles {@link QualityAccess#observesPractice} names, never
 * of themselves; the worker writes their reflection, and only they. Read by the worker, their line
 * manager (and those above, as supervision), the observer, the QA team and senior leaders: it is
 * about the worker as a practitioner, like their supervision, so not by colleagues or other teams.
 */
@Service
public class Observations {

    static final int MAX_TEXT = 20_000;
    static final String STALE = "The observation was changed since you opened it: read it again before saving your reflection";

    private final ObservationRepository observations;
    private final AccessPolicy access;
    private final Redaction redaction;
    private final Clock clock;

    Observations(ObservationRepository observations, AccessPolicy access, Redaction redaction, Clock clock) {
        this.observations = observations;
        this.access = access;
        this.redaction = redaction;
        this.clock = clock;
    }

    /** The worker to observe, if the user may record an observation (403 for a role that does not observe practice). */
    public ObservationRepository.Worker observable(CurrentUser user, long workerId) {
        if (!QualityAccess.observesPractice(user.role())) {
            throw new RecordAccessDeniedException("Practice observations are recorded by team managers, duty managers and"
                    + " practice development (quality assurance) officers");
        }
        return observations.worker(workerId).filter(w -> w.active() && w.person() && w.practises())
                .orElseThrow(() -> new NotFoundException("There is no worker " + workerId));
    }

    @Transactional
    public long record(ObservationInput in, CurrentUser user, AccessLog.Channel channel, String path) {
        Problems problems = new Problems();
        if (in.workerId() == null) {
            problems.add("workerId", "Choose the worker whose practice you observed");
            problems.throwIfAny();
        }
        observable(user, in.workerId());
        if (in.workerId() == user.id()) {
            problems.add("workerId", "You cannot record an observation of your own practice: ask your manager or a practice development officer");
        }
        if (in.observedOn() == null) {
            problems.add("observedOn", "Enter the date of the practice you observed");
        } else if (in.observedOn().isAfter(LondonTime.today(clock))) {
            problems.add("observedOn", "The date observed cannot be in the future");
        }
        if (in.setting() == null) {
            problems.add("setting", "Choose where you observed the practice");
        }
        text(in.strengths(), "strengths", "Enter what was strong in the practice", problems);
        if (in.toDevelop() != null && in.toDevelop().length() > MAX_TEXT) {
            problems.add("toDevelop", "Enter " + MAX_TEXT + " characters or fewer");
        }
        problems.throwIfAny();
        if (in.personId() != null) {
            // The observer names the child only if they may open the child's record; the view is logged there.
            access.checkAndLogView(user, in.personId(), channel, path);
        }
        return observations.insert(in, user.id(), Instant.now(clock));
    }

    /** One observation, the child withheld from a reader who may not open their record (a view of the child is logged). */
    public PracticeObservation open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        PracticeObservation o = observations.find(id).orElseThrow(() -> new NotFoundException("There is no practice observation " + id));
        if (!reads(user, o.workerId(), o.observerId())) {
            throw refused();
        }
        if (o.personId() == null) {
            return o;
        }
        if (!access.canView(user, o.personId())) {
            return o.withoutChild();
        }
        access.checkAndLogView(user, o.personId(), channel, path);
        return o;
    }

    /** A worker's observations, newest first: every one to the worker's readers, only their own to another observer. */
    public List<PracticeObservation> forWorker(long workerId, CurrentUser user) {
        observations.worker(workerId).orElseThrow(() -> new NotFoundException("There is no worker " + workerId));
        List<PracticeObservation> all = observations.forWorker(workerId);
        List<PracticeObservation> readable = reads(user, workerId, -1) ? all
                : all.stream().filter(o -> o.observerId() == user.id()).toList();
        if (readable.isEmpty() && !reads(user, workerId, -1) && !QualityAccess.observesPractice(user.role())) {
            throw refused();
        }
        return redaction.apply(user, readable, o -> o.personId() == null ? List.<Long>of() : List.of(o.personId()),
                (o, sight) -> o.withoutChild());
    }

    @Transactional
    public void reflect(long id, String reflection, Integer version, CurrentUser user) {
        PracticeObservation o = observations.find(id).orElseThrow(() -> new NotFoundException("There is no practice observation " + id));
        if (o.workerId() != user.id()) {
            throw new RecordAccessDeniedException("Only the worker observed writes their reflection, in their own words");
        }
        Problems problems = new Problems();
        text(reflection, "reflection", "Enter your reflection on the observation", problems);
        if (version == null) {
            problems.add("version", "Give the version of the observation you read");
        }
        problems.throwIfAny();
        if (!observations.reflect(id, version, reflection.trim(), Instant.now(clock))) {
            throw new ConflictException(STALE);
        }
    }

    /** Whether the user reads this worker's observations (observerId: the one observation's observer, or -1 for a list). */
    boolean reads(CurrentUser user, long workerId, long observerId) {
        return user.id() == workerId || user.id() == observerId || QualityAccess.isQaTeam(user) || user.role() == Role.SENIOR_LEADER
                || observations.isAbove(user.id(), workerId);
    }

    private static RecordAccessDeniedException refused() {
        return new RecordAccessDeniedException("Practice observations are read by the worker, their line manager, the observer,"
                + " the quality assurance team and senior leaders");
    }

    private static void text(String text, String field, String blank, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, blank);
        } else if (text.length() > MAX_TEXT) {
            problems.add(field, "Enter " + MAX_TEXT + " characters or fewer");
        }
    }
}
