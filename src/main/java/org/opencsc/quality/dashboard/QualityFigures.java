package org.opencsc.quality.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.quality.Theme;

/**
 * The QA dashboard's figures for one query, worked out from the audits completed in the period
 * and the learning actions open today:
 * <ul>
 * <li>grades over time (by calendar quarter of completion), by team and by the round's theme,
 *     each audit counted once at its final grade ({@link AuditRow#finalGrade});</li>
 * <li>the moderation rate: audits moderated of those completed in the period;</li>
 * <li>the share of grades changed: grades changed of grades seen, summed over those moderations
 *     (each section's grade and the overall grade is one grade seen), and the audits with any change;</li>
 * <li>themes found: how many audits found each theme;</li>
 * <li>learning actions open today, and of those overdue (due before today).</li>
 * </ul>
 */
record QualityFigures(QualityQuery query, long completed, long moderated, Integer moderationRate, long gradesSeen,
                      long gradesChanged, Integer changedShare, long auditsChanged, GradeRow overall, List<GradeRow> byQuarter,
                      List<GradeRow> byTeam, List<GradeRow> byTheme, List<ThemeCount> themesFound, long openActions,
                      long overdueActions) {

    /** A theme found, with how many audits found it. */
    @Schema(name = "QualityThemeFound", description = "A theme audits found (a Theme), with how many audits found it")
    record ThemeCount(String theme, String label, long audits) {
    }

    static QualityFigures of(QualityQuery query, List<AuditRow> audits, List<QualityRecords.ActionRow> actions) {
        LocalDate today = query.today();
        List<AuditRow> moderatedAudits = audits.stream().filter(AuditRow::moderated).toList();
        long seen = moderatedAudits.stream().mapToLong(AuditRow::gradesSeen).sum();
        long changed = moderatedAudits.stream().mapToLong(AuditRow::gradesChanged).sum();

        List<GradeRow> byQuarter = new ArrayList<>();
        for (Quarters.Quarter q : Quarters.of(query.period())) {
            byQuarter.add(GradeRow.of(q.key(), q.label(), audits.stream().filter(a -> Quarters.keyOf(a.completedOn()).equals(q.key())).toList()));
        }
        Map<String, List<AuditRow>> teams = new LinkedHashMap<>();
        Map<String, String> teamNames = new LinkedHashMap<>();
        audits.stream().sorted(Comparator.comparing((AuditRow a) -> a.teamName() == null ? "~" : a.teamName())).forEach(a -> {
            teams.computeIfAbsent(a.teamKey(), k -> new ArrayList<>()).add(a);
            teamNames.put(a.teamKey(), a.teamName() == null ? "No team recorded" : a.teamName());
        });
        List<GradeRow> byTeam = teams.entrySet().stream().map(e -> GradeRow.of(e.getKey(), teamNames.get(e.getKey()), e.getValue())).toList();
        Map<String, List<AuditRow>> themes = new LinkedHashMap<>();
        audits.stream().sorted(Comparator.comparing(a -> themeLabel(a.themeKey()))).forEach(a ->
                themes.computeIfAbsent(a.themeKey(), k -> new ArrayList<>()).add(a));
        List<GradeRow> byTheme = themes.entrySet().stream().map(e -> GradeRow.of(e.getKey(), themeLabel(e.getKey()), e.getValue())).toList();

        List<ThemeCount> found = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            long n = audits.stream().filter(a -> a.themesFound().contains(theme.name())).count();
            if (n > 0) {
                found.add(new ThemeCount(theme.name(), theme.label(), n));
            }
        }
        found.sort(Comparator.comparingLong(ThemeCount::audits).reversed().thenComparing(ThemeCount::label));
        long overdue = actions.stream().filter(a -> a.overdueOn(today)).count();
        return new QualityFigures(query, audits.size(), moderatedAudits.size(), percent(moderatedAudits.size(), audits.size()), seen,
                changed, percent(changed, seen), moderatedAudits.stream().filter(AuditRow::changed).count(),
                GradeRow.of("all", "All audits", audits), byQuarter, byTeam, byTheme, found, actions.size(), overdue);
    }

    /** A round's theme in words: a {@link Theme}'s label, the text as kept for any other, and the case audits' "no theme". */
    static String themeLabel(String key) {
        if (key == null || key.equals(AuditCriteria.NONE)) {
            return "No theme (case audits)";
        }
        for (Theme t : Theme.values()) {
            if (t.name().equals(key)) {
                return t.label();
            }
        }
        return key;
    }

    /** Whole per cent, or null when nothing was counted. */
    static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
