package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.legal.LetterSection;
import org.opencsc.plainenglish.PlainEnglish;
import org.opencsc.platform.pdf.HtmlToPdf;
import org.opencsc.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each demo family's letter before proceedings, stored as {@code legal.ProceedingsLetters} stores
 * one: one letter for the sibling group, to the parents with parental responsibility, inviting to
 * the first child's initial meeting; drafted a couple of days before it was sent on a working day a
 * week after the start; the sections and the plain-English findings kept as sent (the same JSON);
 * the PDF kept on each child's and parent's record; and the chronology entries. A family whose
 * pre-proceedings have just started has a draft only.
 *
 * <p>The first {@link #RENDERED} letters are each rendered with the app's {@link HtmlToPdf}, which
 * covers the whole demo council; a large council's other letters share one sample PDF rendered
 * once, as rendering hundreds would add minutes to generating it.
 */
final class DemoLetters {

    static final String LETTER = "proceedings_letter (id, meeting_id, offers_fgdm, created_by, created_at, version)";
    static final String CHILD = "proceedings_letter_child (letter_id, pre_proceedings_id, person_id)";
    static final String RECIPIENT = "proceedings_letter_recipient (letter_id, person_id)";
    static final String SECTION = "proceedings_letter_section (letter_id, section, body)";
    static final String SENT = "proceedings_letter_sent (letter_id, number, sent_on, sent_by, sent_at, document_id, sections, findings, "
            + "override_reason, override_by)";
    static final int RENDERED = 20;

    /** One child on the letter, through their pre-proceedings. */
    record OnLetter(DemoPreProceedings.Child child, long preProceedingsId) {
    }

    private record Parent(long id, String name) {
    }

    private final JdbcClient jdbc;
    private final CopyRows rows;
    private final HtmlToPdf pdf;
    private final WorkingDayCalendar calendar;
    private final PlainEnglish plainEnglish;
    private final JsonMapper json;
    private final Function<LocalDate, Instant> at;
    private byte[] sample;
    private int rendered;

    DemoLetters(JdbcClient jdbc, CopyRows rows, HtmlToPdf pdf, WorkingDayCalendar calendar, PlainEnglish plainEnglish, JsonMapper json,
                Function<LocalDate, Instant> at) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.pdf = pdf;
        this.calendar = calendar;
        this.plainEnglish = plainEnglish;
        this.json = json;
        this.at = at;
    }

    /** The day the letter goes: the first working day a week after the start (before the initial meeting two weeks in). */
    LocalDate sentOn(LocalDate start) {
        LocalDate day = start.plusWeeks(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The family's letter inviting to {@code meetingId} on {@code meetingOn}: sent on {@code sentOn},
     * or a draft made on {@code draftedOn} when {@code sentOn} is null.
     */
    void letter(List<OnLetter> family, long meetingId, LocalDate meetingOn, String place, LocalDate decideBy, boolean offersFgdm,
                LocalDate draftedOn, LocalDate sentOn) {
        DemoPreProceedings.Child first = family.getFirst().child();
        List<Parent> parents = parents(first.personId());
        if (parents.isEmpty()) {
            return;
        }
        // As the service names a child: the given name, or "your unborn baby" before one is given.
        List<String> given = family.stream().map(c -> c.child().given() == null || c.child().given().isBlank() ? "your unborn baby"
                : c.child().given()).toList();
        String names = names(given);
        long id = rows.id("proceedings_letter");
        Instant drafted = at.apply(draftedOn);
        rows.row(LETTER, id, meetingId, offersFgdm, first.worker(), drafted, sentOn == null ? 0 : 1);
        family.forEach(c -> rows.row(CHILD, id, c.preProceedingsId(), c.child().personId()));
        parents.forEach(p -> rows.row(RECIPIENT, id, p.id()));
        Map<LetterSection, String> sections = DemoLetterText.sections(names, given.size() > 1, decideBy, meetingOn, place, offersFgdm);
        sections.forEach((s, body) -> rows.row(SECTION, id, s.name(), body));
        for (OnLetter c : family) {
            rows.event("LETTER_BEFORE_PROCEEDINGS", drafted, first.worker(), "Letter before proceedings drafted",
                    "Letter " + id + ", inviting to the meeting on " + Dates.govuk(meetingOn) + " at " + place, c.child().personId());
        }
        if (sentOn == null) {
            rows.count("letter drafts");
            return;
        }
        Instant sent = at.apply(sentOn);
        sent = sent.isAfter(drafted) ? sent : drafted.plusSeconds(600);
        String to = names(parents.stream().map(Parent::name).toList());
        String title = "Letter before proceedings about " + names;
        byte[] content = content(title, sentOn, "Dear " + to + ",", sections, first.worker());
        long doc = rows.id("document");
        rows.row(DemoDocuments.DOCUMENT, doc, null, 1, "LETTER_BEFORE_PROCEEDINGS", title, sentOn,
                "letter-before-proceedings-" + id + "-1.pdf", "application/pdf", content.length, DemoDocuments.sha256(content),
                "DATABASE", first.worker(), first.workerId(), sent);
        rows.row(DemoDocuments.CONTENT, doc, "\\x" + java.util.HexFormat.of().formatHex(content));
        List<Long> subjects = new ArrayList<>(family.stream().map(c -> c.child().personId()).toList());
        parents.forEach(p -> subjects.add(p.id()));
        long added = rows.id("event");
        rows.row(CopyRows.EVENT, added, "DOCUMENT_ADDED", null, sent, sent, first.worker(), "Letter before proceedings: " + title,
                "Document " + doc + ", letter-before-proceedings-" + id + "-1.pdf, " + content.length + " bytes, added by "
                        + first.worker());
        for (long person : subjects) {
            rows.row(DemoDocuments.SUBJECT, doc, person);
            rows.row(CopyRows.SUBJECT, added, person, sent);
        }
        rows.row(SENT, id, 1, sentOn, first.worker(), sent, doc, sectionsJson(sections), findingsJson(sections), null, null);
        for (OnLetter c : family) {
            rows.event("LETTER_BEFORE_PROCEEDINGS", sent, first.worker(), "Letter before proceedings sent",
                    "To " + to + "; document " + doc, c.child().personId());
        }
        rows.count("letters sent");
    }

    /** The parents with parental responsibility in the child's family network, as the letter names them. */
    private List<Parent> parents(long childId) {
        return jdbc.sql("""
                        SELECT p.id, p.given_name, p.family_name FROM relationship r JOIN person p ON p.id = r.person_id
                        WHERE r.related_person_id = :child AND r.type = 'PARENT' AND r.parental_responsibility AND r.end_date IS NULL
                          AND NOT p.is_child
                        ORDER BY p.id""")
                .param("child", childId)
                .query((rs, n) -> new Parent(rs.getLong(1), org.opencsc.person.Names.full(rs.getString(2), rs.getString(3))))
                .list();
    }

    private byte[] content(String title, LocalDate on, String greeting, Map<LetterSection, String> sections, String from) {
        if (rendered < RENDERED) {
            rendered++;
            return pdf.render(DemoLetterText.html(title, on, greeting, sections, from, HtmlToPdf.fontFamily()), "about:blank");
        }
        if (sample == null) {
            Map<LetterSection, String> text = new LinkedHashMap<>();
            for (LetterSection s : LetterSection.values()) {
                text.put(s, "This large demo council keeps one sample letter for most families. The words sent to this family are "
                        + "on the letter's page.");
            }
            sample = pdf.render(DemoLetterText.html("Letter before proceedings (sample)", on, "Dear parent,", text, from,
                    HtmlToPdf.fontFamily()), "about:blank");
        }
        return sample;
    }

    /** As the service keeps them: each section's name and text, in the letter's order. */
    private String sectionsJson(Map<LetterSection, String> sections) {
        Map<String, String> m = new LinkedHashMap<>();
        sections.forEach((s, body) -> m.put(s.name(), body));
        return json.writeValueAsString(m);
    }

    /** As the service keeps them: each section's plain-English findings when sent. */
    private String findingsJson(Map<LetterSection, String> sections) {
        Map<String, Object> m = new LinkedHashMap<>();
        sections.forEach((s, body) -> m.put(s.name(), plainEnglish.check(body).findings()));
        return json.writeValueAsString(m);
    }

    static String names(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
