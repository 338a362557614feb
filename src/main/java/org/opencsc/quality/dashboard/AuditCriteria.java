package org.opencsc.quality.dashboard;

import java.util.Arrays;
import org.opencsc.platform.validation.Problems;
import org.opencsc.quality.Grade;
import org.opencsc.quality.Theme;

/**
 * Which of the dashboard's audits a drill-down lists: those behind one cell of a table (a quarter
 * and a grade, a team, a theme), a theme found, those moderated, or those whose grades moderation
 * changed. Every part is optional; each is checked, and a wrong one is a problem named after it.
 */
record AuditCriteria(String quarter, Grade grade, String ofTeam, String theme, String found, Boolean moderated, Boolean changed) {

    static final String NONE = "none";

    static AuditCriteria parse(String quarter, String grade, String ofTeam, String theme, String found, String moderated,
                               String changed, Problems problems) {
        String q = blankToNull(quarter);
        if (q != null && !Quarters.isKey(q)) {
            problems.add("quarter", "quarter is a year and quarter, for example 2026-Q1");
            q = null;
        }
        Grade g = null;
        String gradeTyped = blankToNull(grade);
        if (gradeTyped != null) {
            try {
                g = Grade.valueOf(gradeTyped);
            } catch (IllegalArgumentException e) {
                problems.add("grade", "grade is one of " + String.join(", ", Arrays.stream(Grade.values()).map(Grade::name).toList()));
            }
        }
        String team = blankToNull(ofTeam);
        if (team != null && !team.equals(NONE) && !team.matches("\\d{1,18}")) {
            problems.add("ofTeam", "ofTeam is a team id, or none for audits of children no team held");
            team = null;
        }
        String f = blankToNull(found);
        if (f != null && Arrays.stream(Theme.values()).noneMatch(t -> t.name().equals(found.trim()))) {
            problems.add("found", "found is one of " + String.join(", ", Arrays.stream(Theme.values()).map(Theme::name).toList()));
            f = null;
        }
        String th = blankToNull(theme);
        String givenTheme = th;
        // A round's theme is always one of the Themes (rounds refuse any other), so anything else is a
        // mistyped link: say so rather than list "0 audits" under a theme that cannot exist.
        if (th != null && !th.equals(NONE) && Arrays.stream(Theme.values()).noneMatch(t -> t.name().equals(givenTheme))) {
            problems.add("theme", "theme is a round's theme as the dashboard lists it, or none");
            th = null;
        }
        return new AuditCriteria(q, g, team, th, f, yesNo(moderated, "moderated", problems), yesNo(changed, "changed", problems));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Boolean yesNo(String value, String field, Problems problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(field, field + " is true or false");
                yield null;
            }
        };
    }

    boolean matches(AuditRow row) {
        return (quarter == null || quarter.equals(Quarters.keyOf(row.completedOn())))
                && (grade == null || grade == row.finalGrade())
                && (ofTeam == null || ofTeam.equals(row.teamKey()))
                && (theme == null || theme.equals(row.themeKey()))
                && (found == null || row.themesFound().contains(found))
                && (moderated == null || moderated == row.moderated())
                && (changed == null || changed == row.changed());
    }

    /** The criteria as query parameters (each after an ampersand), for the drill-down's own links. */
    String params() {
        StringBuilder s = new StringBuilder();
        append(s, "quarter", quarter);
        append(s, "grade", grade == null ? null : grade.name());
        append(s, "ofTeam", ofTeam);
        append(s, "theme", theme);
        append(s, "found", found);
        append(s, "moderated", moderated == null ? null : moderated.toString());
        append(s, "changed", changed == null ? null : changed.toString());
        return s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** In words, for the page's heading and the access log. */
    String describe() {
        StringBuilder s = new StringBuilder();
        if (quarter != null) {
            s.append(", completed in ").append(quarter);
        }
        if (grade != null) {
            s.append(", graded ").append(grade.label());
        }
        if (ofTeam != null) {
            s.append(", team ").append(ofTeam);
        }
        if (theme != null) {
            s.append(", theme ").append(theme);
        }
        if (found != null) {
            s.append(", found ").append(found);
        }
        if (moderated != null) {
            s.append(moderated ? ", moderated" : ", not moderated");
        }
        if (changed != null) {
            s.append(changed ? ", grades changed at moderation" : ", no grade changed");
        }
        return s.toString();
    }
}
