package org.opencsc.quality.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.quality.Grade;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation: a second QA auditor (never the one who led or completed the audit, anyone who
 * answered it, the worker or their manager) agrees with or changes each section's grade and the
 * overall grade, giving a reason for every change. The auditor's grades are kept beside the
 * moderator's; the counts of grades seen and changed are what the dashboard's consistency figures add up.
 */
@Service
public class AuditModerations {

    private final Audits reading;
    private final AuditRepository audits;
    private final EventLog events;
    private final AccessPolicy access;
    private final Clock clock;

    AuditModerations(Audits reading, AuditRepository audits, EventLog events, AccessPolicy access, Clock clock) {
        this.reading = reading;
        this.audits = audits;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** A change the moderator made: the grade they gave and why. */
    private record Change(Grade grade, String reason) {
    }

    @Transactional
    public void moderate(long id, Integer version, ModerationInput in, CurrentUser user, AccessLog.Channel channel) {
        Audit audit = reading.load(id);
        AuditParticipants who = reading.participants(audit, user, audits.answers(id));
        String path = AuditDrafts.path(id, channel) + "/moderation";
        if (who.reading() == AuditParticipants.Reading.NONE) {
            throw reading.refused(user, audit, channel, path, "You may not read this audit");
        }
        String refusal = who.moderationRefusal();
        if (refusal != null) {
            throw reading.refused(user, audit, channel, path, refusal);
        }
        checkCompleted(audit);
        access.checkAndLogView(user, audit.personId(), channel, path);
        Map<Long, SectionGrade> grades = audits.grades(id);
        Map<Long, String> titles = new LinkedHashMap<>();
        audits.sections(audit.templateId()).stream().filter(s -> grades.containsKey(s.id())).forEach(s -> titles.put(s.id(), s.title()));
        Problems problems = new Problems();
        Map<String, ModerationInput.Review> sent = in.grades() == null ? Map.of() : in.grades();
        sent.keySet().forEach(key -> AuditChecks.id(key, "grades", titles, "There is no graded section " + key + " in this audit",
                problems));
        Map<Long, Change> changes = new LinkedHashMap<>();
        titles.forEach((section, title) -> {
            Change c = review(sent.get(String.valueOf(section)), grades.get(section).grade(), "grades." + section, "‘" + title + "’",
                    problems);
            if (c != null) {
                changes.put(section, c);
            }
        });
        Change overall = review(in.overall(), audit.overallGrade(), "overall", "the overall grade", problems);
        AuditChecks.maxLength(in.comment(), "comment", problems);
        AuditDrafts.requireVersion(version, problems);
        problems.throwIfAny();
        if (!audits.claim(id, version)) {
            throw new ConflictException(AuditDrafts.STALE);
        }
        Instant now = Instant.now(clock);
        changes.forEach((section, c) -> audits.moderateSection(id, section, c.grade(), c.reason()));
        int changed = changes.size() + (overall == null ? 0 : 1);
        audits.moderated(id, overall == null ? null : overall.grade(), overall == null ? null : overall.reason(), user.id(),
                AuditChecks.trimToNull(in.comment()), changed, titles.size() + 1, now);
        // As the completion's event: who and when, not the grades (DOMAIN: the chronology is the child's story).
        events.append(NewEvent.of(EventType.AUDIT_MODERATED, now, user.displayName(), "Case audit moderated: " + audit.roundTitle(),
                "Moderated by " + user.displayName() + ", a second auditor. The moderation is kept with the audit.",
                List.of(audit.personId())));
    }

    private static void checkCompleted(Audit audit) {
        if (audit.status() == AuditStatus.MODERATED) {
            throw new ConflictException("This audit has already been moderated");
        }
        if (audit.status() != AuditStatus.COMPLETED) {
            throw new ConflictException("This audit is not completed yet: it is moderated once its auditor completes it");
        }
    }

    /** The moderator's grade for one of the auditor's: null when they agree, the change when they do not. */
    private static Change review(ModerationInput.Review r, Grade given, String field, String what, Problems problems) {
        Grade grade = r == null ? null : AuditChecks.grade(r.grade(), field + ".grade", problems);
        if (grade == null) {
            problems.add(field + ".grade", "Agree with or change the grade for " + what);
            return null;
        }
        String reason = AuditChecks.trimToNull(r.reason());
        AuditChecks.maxLength(r.reason(), field + ".reason", problems);
        if (grade == given) {
            return null;
        }
        if (reason == null) {
            problems.add(field + ".reason", "Say why you changed " + what + " from " + given.label().toLowerCase() + " to "
                    + grade.label().toLowerCase());
        }
        return new Change(grade, reason);
    }
}
