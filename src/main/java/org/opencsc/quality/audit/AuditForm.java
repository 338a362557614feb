package org.opencsc.quality.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.platform.validation.Problems;

/**
 * The audit page's forms as typed: every field by the name the API's refusals use
 * ({@code answers.12.answer}, {@code answers.12.evidence}, {@code grades.5}, {@code overallGrade},
 * {@code grades.5.grade} and {@code overall.reason} when moderating), so a problem a service
 * names links straight to its field and the page shows again what was typed.
 */
public final class AuditForm {

    private static final Pattern ANSWER = Pattern.compile("answers\\.(\\d+)\\.answer");
    private static final Pattern GRADE = Pattern.compile("grades\\.(\\d+)");
    private static final Pattern REVIEW = Pattern.compile("grades\\.(\\d+)\\.grade");

    private final Map<String, List<String>> values;

    private AuditForm(Map<String, List<String>> values) {
        this.values = values;
    }

    static AuditForm typed(Map<String, List<String>> params) {
        return new AuditForm(new LinkedHashMap<>(params));
    }

    /** The form as the audit stands, for the first showing of the page. */
    static AuditForm of(AuditView view) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("version", List.of(String.valueOf(view.audit().version())));
        for (AuditView.Section s : view.sections()) {
            if (s.grade() != null) {
                v.put("grades." + s.id(), List.of(s.grade().grade().name()));
                v.put("grades." + s.id() + ".grade", List.of(s.grade().grade().name()));
            }
            for (AuditView.Question q : s.questions()) {
                if (q.answer() != null) {
                    v.put("answers." + q.id() + ".answer", List.of(q.answer().answer()));
                    v.put("answers." + q.id() + ".evidence", q.answer().evidence().stream().map(String::valueOf).toList());
                }
            }
        }
        if (view.audit().overallGrade() != null) {
            v.put("overallGrade", List.of(view.audit().overallGrade().name()));
            v.put("overall.grade", List.of(view.audit().overallGrade().name()));
        }
        v.put("themesFound", view.audit().themesFound().stream().map(Enum::name).toList());
        if (view.audit().summary() != null) {
            v.put("summary", List.of(view.audit().summary()));
        }
        if (view.audit().workerReflection() != null) {
            v.put("reflection", List.of(view.audit().workerReflection()));
        }
        return new AuditForm(v);
    }

    /** The same form with the reflection as typed (a refused reflection shows again). */
    AuditForm withReflection(String reflection) {
        Map<String, List<String>> v = new LinkedHashMap<>(values);
        v.put("reflection", reflection == null ? List.of() : List.of(reflection));
        return new AuditForm(v);
    }

    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Evidence ticked earlier that is not among the entries shown, kept on the form so a save does not drop it. */
    public List<String> notAmong(String name, List<ChronologyEntry> shown) {
        List<String> ids = shown.stream().map(e -> String.valueOf(e.eventId())).toList();
        return values(name).stream().filter(v -> !ids.contains(v)).toList();
    }

    public boolean has(String name, String value) {
        return values.getOrDefault(name, List.of()).contains(value);
    }

    Integer version(Problems problems) {
        try {
            return Integer.valueOf(value("version"));
        } catch (NumberFormatException e) {
            problems.add("version", "Reload the audit: the page did not say which version you were editing");
            return null;
        }
    }

    /** The audit form's save: the questions that were on the form, the grades chosen, the findings. */
    AuditDraft draft(Problems problems) {
        Map<String, AuditDraft.Answer> answers = new LinkedHashMap<>();
        Map<String, String> grades = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            Matcher answer = ANSWER.matcher(name);
            Matcher grade = GRADE.matcher(name);
            if (answer.matches()) {
                answers.put(answer.group(1), new AuditDraft.Answer(value(name), evidence(answer.group(1), problems)));
            } else if (grade.matches()) {
                grades.put(grade.group(1), value(name));
            }
        });
        return new AuditDraft(answers, grades, value("overallGrade"), values.getOrDefault("themesFound", List.of()), value("summary"));
    }

    ModerationInput moderation() {
        Map<String, ModerationInput.Review> grades = new LinkedHashMap<>();
        values.keySet().forEach(name -> {
            Matcher m = REVIEW.matcher(name);
            if (m.matches()) {
                grades.put(m.group(1), new ModerationInput.Review(value(name), value("grades." + m.group(1) + ".reason")));
            }
        });
        return new ModerationInput(grades, new ModerationInput.Review(value("overall.grade"), value("overall.reason")),
                value("comment"));
    }

    private List<Long> evidence(String question, Problems problems) {
        List<Long> ids = new ArrayList<>();
        for (String v : values.getOrDefault("answers." + question + ".evidence", List.of())) {
            try {
                ids.add(Long.valueOf(v));
            } catch (NumberFormatException e) {
                problems.add("answers." + question + ".evidence", "Tick entries from the child’s chronology");
            }
        }
        return ids;
    }
}
