package org.opencsc.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.chronology.EventLog;
import org.opencsc.chronology.EventType;
import org.opencsc.chronology.NewEvent;
import org.opencsc.document.DocumentKind;
import org.opencsc.document.GeneratedDocument;
import org.opencsc.document.GeneratedDocuments;
import org.opencsc.document.StoredDocument;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.plainenglish.PlainEnglish;
import org.opencsc.plainenglish.PlainEnglishResult;
import org.opencsc.plan.ChildPlan;
import org.opencsc.plan.ChildPlans;
import org.opencsc.plan.PlanContent;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The letter before proceedings: drafted from {@link LetterTemplate} for a child, or for a sibling
 * group through each sibling's open pre-proceedings, edited section by section, checked for plain
 * English, and sent as a PDF kept on each child's and recipient's record. Each sending is a new
 * version of the same document series; nothing sent is overwritten.
 */
@Service
public class ProceedingsLetters {

    static final int MAX_SECTION = 20_000;
    static final int MAX_REASON = 2_000;

    private final ProceedingsLetterRepository letters;
    private final LegalPlanningMeetingRepository preProceedings;
    private final PersonRepository people;
    private final FamilyNetwork family;
    private final ChildPlans plans;
    private final PlainEnglish plainEnglish;
    private final LetterRenderer renderer;
    private final GeneratedDocuments documents;
    private final EventLog events;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final JsonMapper json;
    private final Clock clock;

    ProceedingsLetters(ProceedingsLetterRepository letters, LegalPlanningMeetingRepository preProceedings, PersonRepository people,
                       FamilyNetwork family, ChildPlans plans, PlainEnglish plainEnglish, LetterRenderer renderer,
                       GeneratedDocuments documents, EventLog events, AccessPolicy access, AccessLog accessLog, JsonMapper json,
                       Clock clock) {
        this.letters = letters;
        this.preProceedings = preProceedings;
        this.people = people;
        this.family = family;
        this.plans = plans;
        this.plainEnglish = plainEnglish;
        this.renderer = renderer;
        this.documents = documents;
        this.events = events;
        this.access = access;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    /** What the new-letter form offers: the child's open pre-proceedings, siblings' open ones the user may see, and the adults. */
    public record DraftChoices(List<PreProceedingsSummary> own, List<SiblingChoice> siblings, List<FamilyMember> adults) {
    }

    public record SiblingChoice(long preProceedingsId, long personId, String name) {
    }

    /** Refuses (and logs) a user whose role does not draft letters, or who may not record on the child. */
    public void checkCanDraft(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        if (!LegalAccess.draftsLetters(user.role())) {
            accessLog.record(user.username(), personId, AccessLog.Action.DENIED, channel, path);
            throw new RecordAccessDeniedException("A letter before proceedings is drafted by the social worker, manager or legal adviser");
        }
        access.checkCanRecord(user, personId, channel, path);
    }

    public DraftChoices choices(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        person(personId);
        checkCanDraft(personId, user, channel, path);
        List<PreProceedingsSummary> own = open(preProceedings.preProceedingsOf(people.idsIncludingMerged(personId)));
        List<FamilyMember> network = family.shownTo(personId, user);
        List<SiblingChoice> siblings = new ArrayList<>();
        List<Long> siblingIds = network.stream().filter(m -> m.sibling() && !m.withheld() && m.personId() != null)
                .map(FamilyMember::personId).toList();
        if (!siblingIds.isEmpty()) {
            for (PreProceedingsSummary pp : open(preProceedings.preProceedingsOf(siblingIds))) {
                siblings.add(new SiblingChoice(pp.id(), pp.personId(), person(pp.personId()).fullName()));
            }
        }
        List<FamilyMember> adults = network.stream().filter(m -> !m.child() && !m.withheld() && m.personId() != null).toList();
        return new DraftChoices(own, siblings, adults);
    }

    /** A new draft, pre-filled from the template: its id. Problems name preProceedingsId, siblingPreProceedingsIds, recipientIds or meeting. */
    @Transactional
    public long draft(long personId, ProceedingsLetterInput in, CurrentUser user, AccessLog.Channel channel) {
        String path = "/people/" + personId + "/proceedings-letters";
        DraftChoices choices = choices(personId, user, channel, path);
        Problems problems = new Problems();
        PreProceedingsSummary own = choices.own().stream().filter(p -> Objects.equals(p.id(), in.preProceedingsId())).findFirst()
                .orElse(null);
        if (own == null) {
            problems.add("preProceedingsId", in.preProceedingsId() == null ? "Choose the child’s pre-proceedings the letter is for"
                    : "The letter must be for pre-proceedings of this child that are still open");
        }
        List<SiblingChoice> siblings = new ArrayList<>();
        for (Long id : in.siblingPreProceedingsIds() == null ? List.<Long>of() : in.siblingPreProceedingsIds()) {
            choices.siblings().stream().filter(s -> Objects.equals(s.preProceedingsId(), id)).findFirst().ifPresentOrElse(
                    s -> { if (!siblings.contains(s)) siblings.add(s); },
                    () -> problems.add("siblingPreProceedingsIds", "Choose only brothers’ and sisters’ pre-proceedings that are still open"));
        }
        Set<Long> adults = choices.adults().stream().map(FamilyMember::personId).collect(Collectors.toSet());
        List<Long> recipients = in.recipientIds() == null ? List.of() : in.recipientIds().stream().distinct().toList();
        if (recipients.isEmpty()) {
            problems.add("recipientIds", "Choose the parents or carers the letter is to");
        } else if (!recipients.stream().allMatch(adults::contains)) {
            problems.add("recipientIds", "Choose the parents or carers from the child’s family network");
        }
        ProceedingsLetterRepository.MeetingRow meeting = own == null ? null : letters.nextMeeting(own.id()).orElse(null);
        if (own != null && meeting == null) {
            problems.add("meeting", "Plan the pre-proceedings meeting first: the letter invites the parents to it");
        }
        problems.throwIfAny();
        for (SiblingChoice s : siblings) {
            access.checkCanRecord(user, s.personId(), channel, path);
        }

        Instant now = Instant.now(clock);
        long letterId = letters.insertLetter(meeting.id(), in.offersFgdm(), user.displayName(), now);
        letters.addChild(letterId, own.id(), own.personId());
        siblings.forEach(s -> letters.addChild(letterId, s.preProceedingsId(), s.personId()));
        recipients.forEach(r -> letters.addRecipient(letterId, r));
        List<LetterTemplate.ChildChanges> changes = new ArrayList<>();
        changes.add(changesFor(own.personId(), own.aimOn(), user, channel, path));
        siblings.forEach(s -> changes.add(changesFor(s.personId(), own.aimOn(), user, channel, path)));
        String worries = letters.thresholdDiscussion(own.id()).orElse(null);
        LetterTemplate.draft(changes, new LetterTemplate.Meeting(meeting.plannedOn(), meeting.plannedAtTime(), meeting.place()),
                in.offersFgdm(), worries, own.aimOn()).forEach((section, body) -> letters.putSection(letterId, section, body));
        List<Long> children = new ArrayList<>(List.of(own.personId()));
        siblings.forEach(s -> children.add(s.personId()));
        for (long child : children) {
            events.append(NewEvent.of(EventType.LETTER_BEFORE_PROCEEDINGS, now, user.displayName(), "Letter before proceedings drafted",
                    "Letter " + letterId + ", inviting to the meeting on " + Dates.govuk(meeting.plannedOn()) + " at " + meeting.place(),
                    List.of(child)));
        }
        return letterId;
    }

    /** The changes the child's current plan asks for, each by the latest due date of its actions still open, else by the aim. */
    private LetterTemplate.ChildChanges changesFor(long childId, LocalDate aim, CurrentUser user, AccessLog.Channel channel, String path) {
        Person child = person(childId);
        Map<String, LocalDate> due = new java.util.HashMap<>();
        List<ChildPlan> childPlans = plans.listFor(childId, user, channel, path);
        if (!childPlans.isEmpty()) {
            var state = plans.open(childPlans.getFirst().id(), user, channel, path);
            PlanContent content = state.latestContent() != null ? state.latestContent() : state.content();
            for (PlanContent.Need need : content.needs()) {
                for (PlanContent.Action a : need.actions()) {
                    if (a.outcomeId() != null && a.dueOn() != null && a.doneOn() == null) {
                        due.merge(a.outcomeId(), a.dueOn(), (x, y) -> x.isAfter(y) ? x : y);
                    }
                }
            }
        }
        List<LetterTemplate.Change> changes = plans.currentOutcomes(childId).stream()
                .filter(o -> o.text() != null && !o.text().isBlank())
                .map(o -> new LetterTemplate.Change(o.text(), due.getOrDefault(o.id(), aim))).toList();
        return new LetterTemplate.ChildChanges(given(child), changes);
    }

    /** The letter, for someone who may see every child on it (each view logged, or each refusal). */
    public ProceedingsLetterView open(long personId, long letterId, CurrentUser user, AccessLog.Channel channel, String path) {
        ProceedingsLetterView letter = load(personId, letterId);
        access.checkAndLogViews(user, letter.childIds(), channel, path);
        return letter;
    }

    /** Saves the sections given (the others are kept); a save from a stale version is refused with 409. */
    @Transactional
    public ProceedingsLetterView save(long personId, long letterId, Integer expectedVersion, Map<LetterSection, String> sections,
                                      CurrentUser user, AccessLog.Channel channel) {
        ProceedingsLetterView letter = forWriting(personId, letterId, user, channel, "/save");
        Problems problems = new Problems();
        if (expectedVersion == null) {
            problems.add("version", "Send the version of the letter you edited");
        }
        sections.forEach((s, body) -> {
            if (body != null && body.length() > MAX_SECTION) {
                problems.add("sections." + s.name(), "“" + s.heading() + "” must be " + String.format("%,d", MAX_SECTION)
                        + " characters or fewer");
            }
        });
        problems.throwIfAny();
        stale(letter, expectedVersion);
        if (!letters.bumpVersion(letterId, expectedVersion)) {
            throw staleConflict();
        }
        // A section sent as null is one not sent: kept as it was (an empty string clears it).
        sections.forEach((s, body) -> {
            if (body != null) {
                letters.putSection(letterId, s, body.strip());
            }
        });
        return load(personId, letterId);
    }

    /** The plain-English check of the letter as saved. */
    public LetterCheck check(ProceedingsLetterView letter) {
        Map<LetterSection, PlainEnglishResult> bySection = new EnumMap<>(LetterSection.class);
        for (LetterSection s : LetterSection.values()) {
            bySection.put(s, plainEnglish.check(letter.sections().getOrDefault(s, "")));
        }
        String whole = java.util.Arrays.stream(LetterSection.values()).map(s -> letter.sections().getOrDefault(s, ""))
                .collect(Collectors.joining("\n\n"));
        return new LetterCheck(bySection, plainEnglish.check(whole));
    }

    /**
     * Sends the letter as saved at {@code expectedVersion}: refused when a section is empty or still
     * holds the template's instruction, or when blocking findings remain without a team manager's
     * override reason. The PDF is kept on each child's and recipient's record as the next version of
     * the letter's document, with a LETTER_BEFORE_PROCEEDINGS event on each child's chronology.
     */
    @Transactional
    public ProceedingsLetterView.Sent send(long personId, long letterId, Integer expectedVersion, String overrideReason,
                                           CurrentUser user, AccessLog.Channel channel) {
        ProceedingsLetterView letter = forWriting(personId, letterId, user, channel, "/send");
        Problems problems = new Problems();
        if (expectedVersion == null) {
            problems.add("version", "Send the version of the letter you checked");
        }
        for (LetterSection s : LetterSection.values()) {
            String body = letter.sections().getOrDefault(s, "");
            if (body.isBlank()) {
                problems.add("sections." + s.name(), "Write the section “" + s.heading() + "” before sending the letter");
            } else if (LetterTemplate.PLACEHOLDER.matcher(body).find()) {
                problems.add("sections." + s.name(), "Replace the words in square brackets in “" + s.heading() + "” before sending");
            }
        }
        LetterCheck check = check(letter);
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (reason != null && reason.length() > MAX_REASON) {
            problems.add("overrideReason", "The reason must be " + String.format("%,d", MAX_REASON) + " characters or fewer");
        } else if (check.blocking() && reason == null) {
            problems.add("overrideReason", LegalAccess.overridesPlainEnglish(user.role())
                    ? "Fix the words marked as blocking, or give your reason for sending the letter as it is"
                    : "Fix the words marked as blocking: only a team manager can send a letter with them, giving a reason");
        } else if (check.blocking() && !LegalAccess.overridesPlainEnglish(user.role())) {
            problems.add("overrideReason", "Only a team manager can send a letter with words marked as blocking");
        }
        problems.throwIfAny();
        stale(letter, expectedVersion);
        if (!letters.bumpVersion(letterId, expectedVersion)) {
            throw staleConflict();
        }

        Instant now = Instant.now(clock);
        LocalDate today = LondonTime.today(clock);
        int number = letter.sent().size() + 1;
        byte[] pdf = renderer.pdf(LetterPage.of(letter, today, user.displayName()));
        List<Long> subjects = new ArrayList<>(letter.childIds());
        letter.recipients().forEach(r -> subjects.add(r.personId()));
        Long series = letter.sent().isEmpty() ? null : seriesOf(letter);
        String title = "Letter before proceedings about "
                + LetterTemplate.names(letter.children().stream().map(ProceedingsLetterView.Named::name).toList());
        StoredDocument doc = documents.add(new GeneratedDocument(DocumentKind.LETTER_BEFORE_PROCEEDINGS, title, today,
                "letter-before-proceedings-" + letterId + "-" + number + ".pdf", "application/pdf", pdf, subjects, series), user);
        boolean overridden = check.blocking();
        letters.insertSent(letterId, number, today, user.displayName(), now, doc.id(), sectionsJson(letter), findingsJson(check),
                overridden ? reason : null, overridden ? user.displayName() : null);
        for (long child : letter.childIds()) {
            events.append(NewEvent.of(EventType.LETTER_BEFORE_PROCEEDINGS, now, user.displayName(),
                    number == 1 ? "Letter before proceedings sent" : "Letter before proceedings sent again (version " + number + ")",
                    "To " + LetterTemplate.names(letter.recipients().stream().map(ProceedingsLetterView.Named::name).toList())
                            + "; document " + doc.id() + (overridden ? "; sent despite plain-English findings: " + reason : ""),
                    List.of(child)));
        }
        return new ProceedingsLetterView.Sent(number, today, user.displayName(), doc.id(), overridden ? reason : null,
                overridden ? user.displayName() : null);
    }

    /** A row of a child's letters: the other children named only when the user may open them all. */
    public record LetterSummary(long id, String about, boolean opens, int timesSent, LocalDate lastSentOn) {
    }

    /** The letters a child is on, newest first. A letter naming a restricted sibling the user is not named on is left out. */
    public List<LetterSummary> listFor(long personId, CurrentUser user, AccessLog.Channel channel, String path) {
        person(personId);
        access.checkAndLogView(user, personId, channel, path);
        List<ProceedingsLetterView> all = letters.lettersAbout(people.idsIncludingMerged(personId)).stream()
                .map(id -> load(null, id)).toList();
        var sights = access.sight(user, all.stream().flatMap(l -> l.childIds().stream()).distinct().toList());
        List<LetterSummary> rows = new ArrayList<>();
        for (ProceedingsLetterView l : all) {
            var least = l.childIds().stream().map(id -> sights.getOrDefault(id, org.opencsc.security.Sight.SEALED))
                    .reduce(org.opencsc.security.Sight.OPEN, org.opencsc.security.Sight::and);
            if (least == org.opencsc.security.Sight.SEALED) {
                continue;
            }
            boolean opens = least == org.opencsc.security.Sight.OPEN;
            String about = opens ? LetterTemplate.names(l.children().stream().map(ProceedingsLetterView.Named::name).toList())
                    : "This child and a brother or sister whose record you cannot open";
            rows.add(new LetterSummary(l.id(), about, opens, l.sent().size(), l.sent().isEmpty() ? null : l.sent().getLast().sentOn()));
        }
        return rows;
    }

    private ProceedingsLetterView forWriting(long personId, long letterId, CurrentUser user, AccessLog.Channel channel, String suffix) {
        ProceedingsLetterView letter = load(personId, letterId);
        String path = "/people/" + personId + "/proceedings-letters/" + letterId + suffix;
        checkCanDraft(personId, user, channel, path);
        for (long child : letter.childIds()) {
            access.checkCanRecord(user, child, channel, path);
        }
        return letter;
    }

    /** The letter, 404 unless {@code personId} (when given) is one of its children or merged into one. */
    ProceedingsLetterView load(Long personId, long letterId) {
        ProceedingsLetterRepository.LetterRow row = letters.letter(letterId).orElseThrow(() -> notFound(letterId));
        List<ProceedingsLetterRepository.LetterChild> children = letters.children(letterId);
        if (personId != null) {
            List<Long> ids = people.idsIncludingMerged(personId);
            if (children.stream().noneMatch(c -> ids.contains(c.personId()))) {
                throw notFound(letterId);
            }
        }
        List<ProceedingsLetterView.Named> named = children.stream().map(c -> {
            Person p = person(c.personId());
            return new ProceedingsLetterView.Named(p.id(), c.preProceedingsId(), given(p), p.givenName());
        }).toList();
        List<ProceedingsLetterView.Named> recipients = letters.recipients(letterId).stream().map(id -> {
            Person p = person(id);
            return new ProceedingsLetterView.Named(p.id(), null, p.fullName(), p.givenName());
        }).toList();
        ProceedingsLetterView.Meeting meeting = row.meetingId() == null ? null : letters.meeting(row.meetingId())
                .map(m -> new ProceedingsLetterView.Meeting(m.id(), m.kind(), m.plannedOn(), m.plannedAtTime(), m.place())).orElse(null);
        Map<LetterSection, String> sections = new LinkedHashMap<>();
        Map<LetterSection, String> saved = letters.sections(letterId);
        for (LetterSection s : LetterSection.values()) {
            sections.put(s, saved.getOrDefault(s, ""));
        }
        List<ProceedingsLetterView.Sent> sent = letters.sent(letterId).stream()
                .map(s -> new ProceedingsLetterView.Sent(s.number(), s.sentOn(), s.sentBy(), s.documentId(), s.overrideReason(),
                        s.overrideBy())).toList();
        return new ProceedingsLetterView(row.id(), row.version(), named, recipients, meeting, row.offersFgdm(), sections, sent);
    }

    private Long seriesOf(ProceedingsLetterView letter) {
        // Every version names the first as its series; the first version's own id is the series.
        return letter.sent().getFirst().documentId();
    }

    private static void stale(ProceedingsLetterView letter, int expectedVersion) {
        if (letter.version() != expectedVersion) {
            throw staleConflict();
        }
    }

    private static ConflictException staleConflict() {
        return new ConflictException("Someone else saved this letter after you opened it. Open it again to see their changes, "
                + "then make yours.");
    }

    private String sectionsJson(ProceedingsLetterView letter) {
        Map<String, String> m = new LinkedHashMap<>();
        letter.sections().forEach((s, body) -> m.put(s.name(), body));
        return json.writeValueAsString(m);
    }

    private String findingsJson(LetterCheck check) {
        Map<String, Object> m = new LinkedHashMap<>();
        check.sections().forEach((s, r) -> m.put(s.name(), r.findings()));
        return json.writeValueAsString(m);
    }

    private static List<PreProceedingsSummary> open(List<PreProceedingsSummary> all) {
        return all.stream().filter(p -> p.outcome() == null).sorted(Comparator.comparing(PreProceedingsSummary::id)).toList();
    }

    private Person person(long id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("There is no person " + id));
    }

    /** The name a letter calls a child by: the given name, or "your unborn baby" before one is given. */
    private static String given(Person p) {
        return p.givenName() == null || p.givenName().isBlank() ? "your unborn baby" : p.givenName();
    }

    private static NotFoundException notFound(long letterId) {
        return new NotFoundException("There is no letter before proceedings " + letterId + " for this person");
    }
}
