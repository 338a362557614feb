package org.opencsc.quality.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.quality.Grade;
import org.opencsc.quality.QualityAccess;
import org.opencsc.quality.Theme;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing an audit: the auditor's draft (answers with evidence, section grades, overall grade,
 * themes, summary), a partner agency's answers to their own questions, the worker's reflection,
 * and completion, refused while a section is ungraded, a graded section has an unanswered
 * question or there is no overall grade. Every write claims the audit's version: a stale one is
 * a conflict (409), so no one saves over what they have not seen.
 */
@Service
public class AuditDrafts {

    static final String STALE = "Someone else saved this audit since you opened it. Check what they saved and try again.";

    private final Audits reading;
    private final AuditRepository audits;
    private final PersonRepository people;
    private final EventLog events;
    private final AccessPolicy access;
    private final Clock clock;

    AuditDrafts(Audits reading, AuditRepository audits, PersonRepository people, EventLog events, AccessPolicy access, Clock clock) {
        this.reading = reading;
        this.audits = audits;
        this.people = people;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Saves the draft; the audit is then in progress. */
    @Transactional
    public void save(long id, Integer version, AuditDraft draft, CurrentUser user, AccessLog.Channel channel) {
        Audit audit = reading.load(id);
        Map<Long, AuditAnswer> answers = audits.answers(id);
        AuditParticipants who = reading.participants(audit, user, answers);
        String path = path(id, channel);
        if (!who.edits()) {
            throw refusal(who, channel, path, leads(who) || who.reading() == AuditParticipants.Reading.PARTNER_PART,
                    "This audit is " + audit.status().label().toLowerCase() + ": its answers and grades can no longer change",
                    audit.auditorId() != null && QualityAccess.isQaTeam(user)
                            ? "This audit is led by " + audit.auditorName() + ": only they change it"
                            : "Only the quality assurance officer leading the audit, or a partner agency's auditor, answers it");
        }
        access.checkAndLogView(user, audit.personId(), channel, path);
        Map<Long, AuditSection> sections = audits.sections(audit.templateId()).stream()
                .collect(Collectors.toMap(AuditSection::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, AuditSection.Question> questions = sections.values().stream().flatMap(s -> s.questions().stream())
                .collect(Collectors.toMap(AuditSection.Question::id, Function.identity()));
        Problems problems = new Problems();
        Map<Long, AuditDraft.Answer> given = answers(draft.answers(), questions, who, audit.personId(), problems);
        Map<Long, Grade> grades = new LinkedHashMap<>();
        Grade overall = null;
        List<Theme> themes = List.of();
        if (who.editsFindings()) {
            (draft.grades() == null ? Map.<String, String>of() : draft.grades()).forEach((key, value) -> {
                Long section = AuditChecks.id(key, "grades", sections, "There is no section " + key + " in this audit", problems);
                Grade g = section == null ? null : AuditChecks.grade(value, "grades." + key, problems);
                if (g != null) {
                    grades.put(section, g);
                }
            });
            overall = AuditChecks.grade(draft.overallGrade(), "overallGrade", problems);
            themes = AuditChecks.themes(draft.themesFound(), problems);
            AuditChecks.maxLength(draft.summary(), "summary", problems);
        } else {
            onlyTheAuditors(draft, problems);
        }
        requireVersion(version, problems);
        problems.throwIfAny();
        claim(id, version);
        Instant now = Instant.now(clock);
        given.forEach((question, answer) -> write(audit, question, answer, answers.get(question), who, user, now));
        if (who.editsFindings()) {
            audits.replaceGrades(id, grades);
            audits.saveFindings(id, overall, AuditChecks.trimToNull(draft.summary()), themes, user.id(), now);
        } else {
            audits.started(id, now);
        }
    }

    /** The page's "save and complete": both or neither, so a refused completion leaves the audit as it was. */
    @Transactional
    public void saveAndComplete(long id, Integer version, AuditDraft draft, CurrentUser user, AccessLog.Channel channel) {
        save(id, version, draft, user, channel);
        complete(id, version + 1, user, channel);
    }

    @Transactional
    public void complete(long id, Integer version, CurrentUser user, AccessLog.Channel channel) {
        Audit audit = reading.load(id);
        Map<Long, AuditAnswer> answers = audits.answers(id);
        AuditParticipants who = reading.participants(audit, user, answers);
        String path = path(id, channel) + "/complete";
        if (!who.editsFindings()) {
            throw refusal(who, channel, path, leads(who), "This audit is already " + audit.status().label().toLowerCase(),
                    "An audit is completed by the quality assurance officer leading it");
        }
        access.checkAndLogView(user, audit.personId(), channel, path);
        Problems problems = new Problems();
        Map<Long, SectionGrade> grades = audits.grades(id);
        for (AuditSection s : audits.sections(audit.templateId())) {
            if (!grades.containsKey(s.id())) {
                problems.add("grades." + s.id(), "Grade the section ‘" + s.title() + "’");
                continue;
            }
            // A partner agency's questions may be left to their auditor: the council's own must be answered.
            s.questions().stream().filter(q -> q.agency() == null && !answers.containsKey(q.id())).forEach(q ->
                    problems.add("answers." + q.id() + ".answer", "Answer ‘" + q.question() + "’: the section ‘" + s.title()
                            + "’ cannot be graded without it"));
        }
        if (audit.overallGrade() == null) {
            problems.add("overallGrade", "Choose an overall grade");
        }
        requireVersion(version, problems);
        problems.throwIfAny();
        claim(id, version);
        Instant now = Instant.now(clock);
        audits.complete(id, user.id(), now);
        // Without grades or findings: the chronology is read by everyone who opens the child's record,
        // and the grades judge the council's practice, not the child; they stay on the audit's page.
        events.append(NewEvent.of(EventType.AUDIT_COMPLETED, now, user.displayName(), "Case audit completed: " + audit.roundTitle(),
                "Audited by " + user.displayName() + (audit.workerName() == null ? "" : " with " + audit.workerName())
                        + ". The findings and grades are kept with the audit, for the quality assurance team, the worker "
                        + "and their managers.",
                List.of(audit.personId())));
    }

    /** The worker's reflection, in their own words, until the audit is moderated. */
    @Transactional
    public void reflect(long id, Integer version, String reflection, CurrentUser user, AccessLog.Channel channel) {
        Audit audit = reading.load(id);
        AuditParticipants who = reading.participants(audit, user, audits.answers(id));
        String path = path(id, channel) + "/reflection";
        if (!who.reflects()) {
            throw refusal(who, channel, path, who.isWorker() && !user.integration(),
                    "This audit has been moderated: the reflection can no longer change",
                    "The reflection is written by the child's worker, signed in as themselves");
        }
        access.checkAndLogView(user, audit.personId(), channel, path);
        Problems problems = new Problems();
        if (AuditChecks.blank(reflection)) {
            problems.add("reflection", "Write your reflection on the audit, in your own words");
        }
        AuditChecks.maxLength(reflection, "reflection", problems);
        requireVersion(version, problems);
        problems.throwIfAny();
        claim(id, version);
        audits.reflection(id, reflection.trim(), user.id(), Instant.now(clock));
    }

    /** The answers given, checked: questions of this audit the user may answer, evidence from this child's chronology. */
    private Map<Long, AuditDraft.Answer> answers(Map<String, AuditDraft.Answer> sent, Map<Long, AuditSection.Question> questions,
                                                 AuditParticipants who, long personId, Problems problems) {
        Map<Long, AuditDraft.Answer> checked = new LinkedHashMap<>();
        List<Long> records = people.idsIncludingMerged(personId);
        (sent == null ? Map.<String, AuditDraft.Answer>of() : sent).forEach((key, answer) -> {
            Long id = AuditChecks.id(key, "answers", questions, "There is no question " + key + " in this audit", problems);
            if (id == null) {
                return;
            }
            AuditSection.Question q = questions.get(id);
            if (!who.editsFindings() && q.agency() != who.partnerAgency()) {
                problems.add("answers." + key, "You answer only the " + who.partnerAgency().label() + " questions");
                return;
            }
            String field = "answers." + key;
            String text = answer == null ? null : answer.answer();
            List<Long> evidence = answer == null || answer.evidence() == null ? List.of() : answer.evidence().stream().distinct().toList();
            AuditChecks.maxLength(text, field + ".answer", problems);
            if (AuditChecks.blank(text) && !evidence.isEmpty()) {
                problems.add(field + ".answer", "Write the answer the evidence you ticked supports");
            }
            Set<Long> found = audits.eventsOf(records, evidence);
            if (!found.containsAll(evidence)) {
                problems.add(field + ".evidence", "Evidence must be entries on this child’s chronology");
            }
            checked.put(id, new AuditDraft.Answer(AuditChecks.trimToNull(text), evidence));
        });
        return checked;
    }

    /** A partner's save carries no grades or findings: those are the council's auditor's. */
    private static void onlyTheAuditors(AuditDraft draft, Problems problems) {
        String message = "Only the quality assurance auditor grades the audit and writes its findings";
        if (draft.grades() != null && draft.grades().values().stream().anyMatch(g -> !AuditChecks.blank(g))) {
            problems.add("grades", message);
        }
        if (!AuditChecks.blank(draft.overallGrade())) {
            problems.add("overallGrade", message);
        }
        if (draft.themesFound() != null && !draft.themesFound().isEmpty()) {
            problems.add("themesFound", message);
        }
        if (!AuditChecks.blank(draft.summary())) {
            problems.add("summary", message);
        }
    }

    /** Writes an answer only when it changed, so who answered each question stays true (it decides who may moderate). */
    private void write(Audit audit, long question, AuditDraft.Answer answer, AuditAnswer kept, AuditParticipants who,
                       CurrentUser user, Instant now) {
        if (answer.answer() == null) {
            if (kept != null) {
                audits.deleteAnswer(audit.id(), question);
            }
        } else if (kept == null || !kept.answer().equals(answer.answer()) || !kept.evidence().equals(answer.evidence())) {
            audits.saveAnswer(audit.id(), question, answer.answer(), answer.evidence(), user.id(),
                    who.editsFindings() ? null : who.partnerAgency(), now);
        }
    }

    /**
     * {@code theirs}: the user would have been allowed before the audit moved on (completed,
     * moderated), which is a conflict (409) with the audit's state, not a refusal of the user (403).
     */
    private RuntimeException refusal(AuditParticipants who, AccessLog.Channel channel, String path, boolean theirs, String closed,
                                     String notTheirs) {
        if (who.reading() == AuditParticipants.Reading.NONE) {
            return reading.refused(who.user(), who.audit(), channel, path, "You may not read this audit");
        }
        return theirs ? new ConflictException(closed) : reading.refused(who.user(), who.audit(), channel, path, notTheirs);
    }

    private static boolean leads(AuditParticipants who) {
        Audit a = who.audit();
        return QualityAccess.isQaTeam(who.user()) && (a.auditorId() == null || a.auditorId() == who.user().id());
    }

    static void requireVersion(Integer version, Problems problems) {
        if (version == null) {
            problems.add("version", "Give the version of the audit you last read");
        }
    }

    private void claim(long id, Integer version) {
        if (!audits.claim(id, version)) {
            throw new ConflictException(STALE);
        }
    }

    static String path(long id, AccessLog.Channel channel) {
        return (channel == AccessLog.Channel.API ? "/api/v1" : "") + "/quality/audits/" + id;
    }
}
