package org.opencsc.quality.template;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;

/**
 * The template page as typed. Without JavaScript the page cannot add a row where the user
 * clicks, so it shows every section and question it has plus one blank section and one blank
 * question in each ("Add more rows" adds another). Rows left wholly blank are not part of the
 * template; the fields keep the page's row numbers ({@code sections[2].questions[1].question}),
 * and problems found by the service (which numbers only the rows kept) are moved back to them.
 */
public record TemplateForm(String name, String purpose, String kind, String revision, List<SectionRow> sections) {

    static final int MAX_ROWS = 60;

    public record SectionRow(String title, String guidance, List<QuestionRow> questions) {
        boolean blank() {
            return Texts.blank(title) && Texts.blank(guidance) && questions.stream().allMatch(QuestionRow::blank);
        }
    }

    public record QuestionRow(String question, String guidance, String agency) {
        boolean blank() {
            return Texts.blank(question) && Texts.blank(guidance) && Texts.blank(agency);
        }
    }

    static TemplateForm of(AuditTemplate t) {
        List<SectionRow> rows = new ArrayList<>();
        for (TemplateSection s : t.sections()) {
            rows.add(new SectionRow(s.title(), s.guidance(), s.questions().stream()
                    .map(q -> new QuestionRow(q.question(), q.guidance(), q.agency() == null ? null : q.agency().name())).toList()));
        }
        return new TemplateForm(t.name(), t.purpose(), t.kind().name(), String.valueOf(t.revision()), rows).withBlankRows();
    }

    static TemplateForm empty() {
        return new TemplateForm(null, null, null, null, List.of()).withBlankRows();
    }

    /** Reads the rows the page sent: sections[i].title ... sections[i].questions[j].agency, as many as it showed. */
    static TemplateForm read(HttpServletRequest request) {
        int sectionRows = rows(request.getParameter("sectionRows"));
        List<SectionRow> sections = new ArrayList<>();
        for (int i = 0; i < sectionRows; i++) {
            String s = "sections[" + i + "]";
            int questionRows = rows(request.getParameter(s + ".questionRows"));
            List<QuestionRow> questions = new ArrayList<>();
            for (int j = 0; j < questionRows; j++) {
                String q = s + ".questions[" + j + "]";
                questions.add(new QuestionRow(request.getParameter(q + ".question"), request.getParameter(q + ".guidance"),
                        request.getParameter(q + ".agency")));
            }
            sections.add(new SectionRow(request.getParameter(s + ".title"), request.getParameter(s + ".guidance"), questions));
        }
        return new TemplateForm(request.getParameter("name"), request.getParameter("purpose"), request.getParameter("kind"),
                request.getParameter("revision"), sections);
    }

    private static int rows(String text) {
        return Math.min(MAX_ROWS, Math.max(0, WholeNumbers.intOrEmpty(text).orElse(0)));
    }

    /** The same rows, with a blank question at the end of each section and a blank section at the end. */
    TemplateForm withBlankRows() {
        List<SectionRow> rows = new ArrayList<>();
        for (SectionRow s : sections) {
            List<QuestionRow> qs = new ArrayList<>(s.questions());
            if (qs.isEmpty() || !qs.getLast().blank()) {
                qs.add(new QuestionRow(null, null, null));
            }
            rows.add(new SectionRow(s.title(), s.guidance(), qs));
        }
        if (rows.isEmpty() || !rows.getLast().blank()) {
            rows.add(new SectionRow(null, null, List.of(new QuestionRow(null, null, null))));
        }
        return new TemplateForm(name, purpose, kind, revision, rows);
    }

    /** Page row numbers of the sections kept, and of the questions kept in each. */
    private record Kept(List<Integer> sections, List<List<Integer>> questions) {
    }

    private Kept kept() {
        List<Integer> ss = new ArrayList<>();
        List<List<Integer>> qs = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            if (!sections.get(i).blank()) {
                ss.add(i);
                List<Integer> q = new ArrayList<>();
                for (int j = 0; j < sections.get(i).questions().size(); j++) {
                    if (!sections.get(i).questions().get(j).blank()) {
                        q.add(j);
                    }
                }
                qs.add(q);
            }
        }
        return new Kept(ss, qs);
    }

    TemplateInput toInput() {
        Kept kept = kept();
        List<TemplateInput.SectionInput> out = new ArrayList<>();
        for (int k = 0; k < kept.sections().size(); k++) {
            SectionRow s = sections.get(kept.sections().get(k));
            List<TemplateInput.QuestionInput> qs = kept.questions().get(k).stream().map(s.questions()::get)
                    .map(q -> new TemplateInput.QuestionInput(q.question(), q.guidance(), q.agency())).toList();
            out.add(new TemplateInput.SectionInput(s.title(), s.guidance(), qs));
        }
        return new TemplateInput(name, purpose, kind, out);
    }

    Integer revisionOrProblem(Problems problems) {
        try {
            return WholeNumbers.parseInt(revision).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add("revision", "The page was not sent as it was shown; open the template again");
            return null;
        }
    }

    private static final Pattern ROW = Pattern.compile("^sections\\[(\\d+)](?:\\.questions\\[(\\d+)])?(.*)$");

    /** The service's problems, named by the page's rows. */
    void addOnPageRows(ValidationException refused, Problems problems) {
        Kept kept = kept();
        for (FieldProblem p : refused.problems()) {
            Matcher m = ROW.matcher(p.field());
            if (!m.matches()) {
                problems.add("sections".equals(p.field()) ? "sections[0].title" : p.field(), p.message());
                continue;
            }
            int k = Integer.parseInt(m.group(1));
            int section = k < kept.sections().size() ? kept.sections().get(k) : k;
            String field = "sections[" + section + "]";
            if (m.group(2) != null) {
                int j = Integer.parseInt(m.group(2));
                List<Integer> qs = k < kept.questions().size() ? kept.questions().get(k) : List.of();
                field += ".questions[" + (j < qs.size() ? qs.get(j) : j) + "]";
            } else if (".questions".equals(m.group(3))) {
                // "Add at least one question": point at the section's first question box.
                problems.add(field + ".questions[0].question", p.message());
                continue;
            }
            problems.add(field + m.group(3), p.message());
        }
    }
}
