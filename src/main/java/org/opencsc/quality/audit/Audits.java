package org.opencsc.quality.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencsc.chronology.ChronologyFilter;
import org.opencsc.chronology.ChronologyReader;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.plan.PlanReviews;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.quality.Agency;
import org.opencsc.quality.QualityAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reading audits: one audit as its reader may see it (the whole of it, or a partner agency's
 * part), the child's story beside it, a child's audits for their record, and the final grades
 * other parts of quality count. Every reading of an audit is a view of the child's record, checked
 * and logged by {@link AccessPolicy}; a user the audit is not open to is refused and logged too.
 */
@Service
public class Audits {

    /** As much of the chronology as oversight shows beside its form, plus a margin: an audit reads further back. */
    static final int CHRONOLOGY_ENTRIES = 50;

    private final AuditRepository audits;
    private final PersonRepository people;
    private final ChronologyReader chronologies;
    private final PlanReviews planReviews;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final Clock clock;

    Audits(AuditRepository audits, PersonRepository people, ChronologyReader chronologies, PlanReviews planReviews,
           AccessPolicy access, AccessLog accessLog, Clock clock) {
        this.audits = audits;
        this.people = people;
        this.chronologies = chronologies;
        this.planReviews = planReviews;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The audit as kept, with no access check and nothing logged: for other parts' own rules (a learning action's audit). */
    public Optional<Audit> find(long id) {
        return audits.find(id);
    }

    /** Whether the user may read this audit (all of it, or a partner's part); the child's record must still be open to them. */
    public boolean mayRead(Audit audit, CurrentUser user) {
        return participants(audit, user, audits.answers(audit.id())).reading() != AuditParticipants.Reading.NONE;
    }

    /** The grades that count, section by section and overall (unchecked: the caller decides who sees them). */
    public Optional<FinalGrades> finalGrades(long id) {
        return audits.find(id).map(a -> {
            Map<Long, SectionGrade> grades = audits.grades(id);
            List<FinalGrades.Section> sections = audits.sections(a.templateId()).stream()
                    .filter(s -> grades.containsKey(s.id()))
                    .map(s -> {
                        SectionGrade g = grades.get(s.id());
                        return new FinalGrades.Section(s.id(), s.title(), g.grade(), g.moderatedGrade(), g.finalGrade());
                    }).toList();
            return new FinalGrades(a.id(), a.personId(), a.status(), a.overallGrade(), a.moderatedOverallGrade(),
                    a.finalOverallGrade(), sections);
        });
    }

    /** One audit as this user may see it; refused (403, logged) when it is not theirs to read or the child's record is not open to them. */
    public AuditView open(long id, CurrentUser user, AccessLog.Channel channel, String path) {
        Audit audit = load(id);
        Map<Long, AuditAnswer> answers = audits.answers(id);
        AuditParticipants who = participants(audit, user, answers);
        if (who.reading() == AuditParticipants.Reading.NONE) {
            throw refused(user, audit, channel, path, "You may not read this audit");
        }
        access.checkAndLogView(user, audit.personId(), channel, path);
        return view(audit, who, answers);
    }

    /** The child's story for the audit page; the caller has opened the audit (access checked and logged). */
    AuditStory story(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        Person child = people.find(personId).orElseThrow(() -> new NotFoundException("There is no person " + personId));
        return new AuditStory(child, chronologies.shownTo(user, people.idsIncludingMerged(personId),
                ChronologyFilter.latest(CHRONOLOGY_ENTRIES), channel, path), planReviews.currentProgress(personId).orElse(null));
    }

    /** The child's audits this user may read (a partner's shown as their part), for the record they have opened. */
    List<Audit> readableOf(long personId, CurrentUser user) {
        return audits.ofChild(people.idsIncludingMerged(personId)).stream()
                .map(a -> {
                    AuditParticipants who = participants(a, user, audits.answers(a.id()));
                    return switch (who.reading()) {
                        case ALL -> a;
                        case PARTNER_PART -> a.forPartner();
                        case NONE -> null;
                    };
                })
                .filter(a -> a != null).toList();
    }

    Audit load(long id) {
        return audits.find(id).orElseThrow(() -> new NotFoundException("There is no audit " + id));
    }

    AuditParticipants participants(Audit audit, CurrentUser user, Map<Long, AuditAnswer> answers) {
        Agency agency = QualityAccess.isPartnerAuditor(user.role())
                ? audits.partnerAgency(audit.roundId(), user.id(), LocalDate.now(clock)).orElse(null) : null;
        return new AuditParticipants(audit, user, audits.currentWorker(audit.personId()).orElse(null), agency,
                answers.values().stream().map(AuditAnswer::answeredBy).collect(Collectors.toSet()));
    }

    /** Logs the refusal against the child's record and returns the exception to throw (answered with 403). */
    RecordAccessDeniedException refused(CurrentUser user, Audit audit, AccessLog.Channel channel, String path, String message) {
        accessLog.record(user.username(), audit.personId(), AccessLog.Action.DENIED, channel, path);
        return new RecordAccessDeniedException(message);
    }

    private AuditView view(Audit audit, AuditParticipants who, Map<Long, AuditAnswer> answers) {
        boolean partner = who.reading() == AuditParticipants.Reading.PARTNER_PART;
        Agency agency = partner ? who.partnerAgency() : null;
        Map<Long, SectionGrade> grades = partner ? Map.of() : audits.grades(audit.id());
        List<AuditView.Section> sections = audits.sections(audit.templateId()).stream()
                .map(s -> new AuditView.Section(s.id(), s.position(), s.title(), s.guidance(), grades.get(s.id()),
                        s.questions().stream().map(q -> {
                            boolean theirs = !partner || q.agency() == agency;
                            boolean answerable = who.editsFindings() || (who.answersForAgency() && q.agency() == agency);
                            return new AuditView.Question(q.id(), q.question(), q.guidance(), q.agency(),
                                    theirs ? answers.get(q.id()) : null, answerable);
                        }).toList()))
                .toList();
        String refusal = who.moderationRefusal();
        boolean completed = audit.status() == AuditStatus.COMPLETED;
        AuditView.Permissions may = new AuditView.Permissions(who.edits(), who.editsFindings(), who.reflects(),
                who.editsFindings(), completed && refusal == null, completed ? refusal : null);
        return new AuditView(partner ? audit.forPartner() : audit, who.reading().name(), agency, sections,
                partner ? null : audits.moderation(audit.id()).orElse(null), may);
    }
}
