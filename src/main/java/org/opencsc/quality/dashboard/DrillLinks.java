package org.opencsc.quality.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the lists behind the dashboard's numbers, keeping its filter ({@code params}). */
record DrillLinks(String params) {

    /** Every audit counted. */
    public String audits() {
        return QualityDashboardController.AUDITS + "?" + params;
    }

    /** The audits of one row ({@code by}: quarter, ofTeam or theme; {@code key} the row's), at one grade or (null) all. */
    public String audits(String by, String key, String grade) {
        return audits() + "&" + by + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + (grade == null ? "" : "&grade=" + grade);
    }

    /** Every audit at one final grade. */
    public String grade(String grade) {
        return audits() + "&grade=" + grade;
    }

    /** The audits that found a theme. */
    public String found(String theme) {
        return audits() + "&found=" + theme;
    }

    public String moderated(boolean moderated) {
        return audits() + "&moderated=" + moderated;
    }

    public String changed() {
        return audits() + "&changed=true";
    }

    public String actions(boolean overdue) {
        return QualityDashboardController.ACTIONS + "?" + params + (overdue ? "&overdue=true" : "");
    }
}
