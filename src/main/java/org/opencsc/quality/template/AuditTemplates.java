package org.opencsc.quality.template;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.quality.Agency;
import org.opencsc.quality.QualityAccess;
import org.opencsc.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit templates: read by the QA team, senior leaders and inspectors; written by the QA team.
 * Editing a version that a round uses makes the next version in its series and leaves it as it
 * was (the rounds and audits that use it keep it); an unused version is corrected in place.
 * Only the current version of a series is edited or used by a new round.
 */
@Service
public class AuditTemplates {

    static final String STALE = "Someone else saved this template since you opened it. Open it again to see their changes.";
    static final int MAX_SECTIONS = 30;
    static final int MAX_QUESTIONS = 40;

    private final TemplateRepository templates;
    private final Clock clock;

    AuditTemplates(TemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** What an edit saved: the version's id (the same one, or the new version's) and whether it is new. */
    public record Saved(long id, int version, boolean newVersion) {
    }

    public static boolean canRead(CurrentUser user) {
        return QualityAccess.readsAllAudits(user.role());
    }

    public static boolean canManage(CurrentUser user) {
        return QualityAccess.isQaTeam(user);
    }

    static void checkCanRead(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Audit templates are for the quality assurance team, senior leaders and inspectors");
        }
    }

    static void checkCanManage(CurrentUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("Only the quality assurance team writes audit templates");
        }
    }

    public List<TemplateVersion> current(CurrentUser user) {
        checkCanRead(user);
        return templates.current();
    }

    public AuditTemplate open(long id, CurrentUser user) {
        checkCanRead(user);
        return templates.find(id).orElseThrow(() -> new NotFoundException("There is no audit template " + id));
    }

    /**
     * The version a new round may use, for the round part: present only when it is the current
     * version of its series (an old version's rounds keep it, new rounds take the latest).
     */
    public Optional<TemplateVersion> currentVersion(long id) {
        return templates.current().stream().filter(v -> v.id() == id).findFirst();
    }

    @Transactional
    public long create(TemplateInput in, CurrentUser user) {
        checkCanManage(user);
        Checked t = check(in);
        return templates.insertSeries(t, user.id(), Instant.now(clock));
    }

    /** Saves an edit of the current version {@code id} seen at {@code revision} (null: refused, an edit must say what it saw). */
    @Transactional
    public Saved edit(long id, TemplateInput in, Integer revision, CurrentUser user) {
        checkCanManage(user);
        AuditTemplate seen = templates.find(id).orElseThrow(() -> new NotFoundException("There is no audit template " + id));
        Problems problems = new Problems();
        if (revision == null) {
            problems.add("revision", "Send the revision of the template you edited");
        }
        Checked t = check(in, problems);
        if (!seen.current()) {
            int latest = seen.history().getFirst().version();
            throw new ConflictException("This is version " + seen.version() + " of the template; version " + latest
                    + " is the current one. Edit that version instead.");
        }
        if (!templates.claim(id, revision)) {
            throw new ConflictException(STALE);
        }
        Instant now = Instant.now(clock);
        if (templates.inUse(id)) {
            templates.supersede(id, now);
            long next = templates.insertNextVersion(seen.seriesId(), t, user.id(), now);
            return new Saved(next, seen.history().getFirst().version() + 1, true);
        }
        templates.replaceInPlace(id, t);
        return new Saved(id, seen.version(), false);
    }

    private static Checked check(TemplateInput in) {
        return check(in, new Problems());
    }

    /** Every problem with the template, named by its JSON field ("sections[1].questions[0].question"), or the template checked. */
    private static Checked check(TemplateInput in, Problems problems) {
        String name = Texts.required(in.name(), "name", "Enter the template's name", 200, problems);
        String purpose = Texts.required(in.purpose(), "purpose", "Enter what the template looks at", 4000, problems);
        TemplateKind kind = null;
        if (Texts.blank(in.kind())) {
            problems.add("kind", "Choose whether this is a case audit or a dip sample");
        } else {
            kind = Arrays.stream(TemplateKind.values()).filter(k -> k.name().equals(in.kind())).findFirst().orElse(null);
            if (kind == null) {
                problems.add("kind", "kind must be one of CASE_AUDIT or DIP_SAMPLE");
            }
        }
        List<Checked.Section> sections = new ArrayList<>();
        List<TemplateInput.SectionInput> given = in.sections() == null ? List.of() : in.sections();
        if (given.isEmpty()) {
            problems.add("sections", "Add at least one section with a question");
        } else if (given.size() > MAX_SECTIONS) {
            problems.add("sections", "A template has at most " + MAX_SECTIONS + " sections");
        }
        for (int i = 0; i < given.size() && i < MAX_SECTIONS; i++) {
            sections.add(section(given.get(i), "sections[" + i + "]", problems));
        }
        problems.throwIfAny();
        return new Checked(name, purpose, kind, List.copyOf(sections));
    }

    private static Checked.Section section(TemplateInput.SectionInput s, String field, Problems problems) {
        if (s == null) {
            problems.add(field, "A section cannot be empty");
            return null;
        }
        String title = Texts.required(s.title(), field + ".title", "Enter the section's title", 200, problems);
        String guidance = Texts.optional(s.guidance(), field + ".guidance", 4000, problems);
        List<TemplateInput.QuestionInput> given = s.questions() == null ? List.of() : s.questions();
        if (given.isEmpty()) {
            problems.add(field + ".questions", "Add at least one question to the section" + (title == null ? "" : " ‘" + title + "’"));
        } else if (given.size() > MAX_QUESTIONS) {
            problems.add(field + ".questions", "A section has at most " + MAX_QUESTIONS + " questions");
        }
        List<Checked.Question> questions = new ArrayList<>();
        for (int j = 0; j < given.size() && j < MAX_QUESTIONS; j++) {
            TemplateInput.QuestionInput q = given.get(j);
            String qf = field + ".questions[" + j + "]";
            if (q == null) {
                problems.add(qf, "A question cannot be empty");
                continue;
            }
            String question = Texts.required(q.question(), qf + ".question", "Enter the question", 2000, problems);
            String qGuidance = Texts.optional(q.guidance(), qf + ".guidance", 4000, problems);
            Agency agency = null;
            if (!Texts.blank(q.agency())) {
                agency = Arrays.stream(Agency.values()).filter(a -> a.name().equals(q.agency())).findFirst().orElse(null);
                if (agency == null) {
                    problems.add(qf + ".agency", "agency must be blank or one of HEALTH, POLICE, EDUCATION or OTHER");
                }
            }
            questions.add(new Checked.Question(question, qGuidance, agency));
        }
        return new Checked.Section(title, guidance, List.copyOf(questions));
    }
}
