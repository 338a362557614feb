package org.opencsc.quality.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The QA dashboard's figures over HTTP: the same numbers as the page, for the same users. */
@ApiController("/api/v1/quality/dashboard")
class QualityDashboardApiController {

    /** Open and overdue learning actions, as at today. */
    @Schema(name = "QualityDashboardLearningActions", description = "Learning actions not done today, and of those due before today")
    record Actions(long open, long overdue) {
    }

    /** The dashboard for a period and teams. Shares are whole per cent, null when nothing was counted. */
    @Schema(name = "QualityDashboard", description = "The QA dashboard's figures; shares are whole per cent, null when nothing was counted")
    record Dashboard(LocalDate from, LocalDate to, List<Long> teams, long completed, long moderated, Integer moderationRate,
                     long gradesSeen, long gradesChanged, Integer changedShare, long auditsChanged, GradeRow overall,
                     List<GradeRow> byQuarter, List<GradeRow> byTeam, List<GradeRow> byTheme,
                     List<QualityFigures.ThemeCount> themesFound, Actions learningActions) {

        static Dashboard of(QualityFigures f) {
            return new Dashboard(f.query().period().from(), f.query().period().to(), f.query().teamIds(), f.completed(), f.moderated(),
                    f.moderationRate(), f.gradesSeen(), f.gradesChanged(), f.changedShare(), f.auditsChanged(), f.overall(),
                    f.byQuarter(), f.byTeam(), f.byTheme(), f.themesFound(), new Actions(f.openActions(), f.overdueActions()));
        }
    }

    private final CurrentUsers currentUsers;
    private final QualityDashboard dashboard;
    private final QualityPages pages;

    QualityDashboardApiController(CurrentUsers currentUsers, QualityDashboard dashboard, QualityPages pages) {
        this.currentUsers = currentUsers;
        this.dashboard = dashboard;
        this.pages = pages;
    }

    @Operation(summary = "The QA dashboard's figures for a period and teams",
            description = "Audits completed in the period (London dates), each counted once at its final grade (the moderated "
                    + "overall grade when moderation changed it, else the auditor's): totals by grade overall, by calendar quarter "
                    + "of completion (key 2026-Q1), by team (the team that held the child when the audit was drawn; key the team id, "
                    + "or none) and by the round's theme (key the theme, or none); the moderation rate (moderated of completed, "
                    + "whole per cent) and the share of grades changed (grades changed of grades seen at those moderations); the "
                    + "themes audits found; learning actions open today and overdue (due before today). For the QA team, senior "
                    + "leaders and inspectors (any team, or all); a team manager sees only their own teams (asking for another, or "
                    + "all, is 400 naming team). from and to are YYYY-MM-DD (both left out: the 12 months to today; to at most "
                    + "today, at most 10 years long); team is a team id, repeated for several, or all. A bad from, to or team is "
                    + "answered 400 naming it.")
    @GetMapping
    Dashboard get(@Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) String from,
                  @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) String to,
                  @Parameter(description = "A team id (repeatable), or all") @RequestParam(name = "team", required = false) List<String> team) {
        CurrentUser user = QualityPages.allowed(currentUsers.current());
        QualityFilter filter = pages.filter(user, from, to, team);
        filter.problems().throwIfAny();
        return Dashboard.of(dashboard.figures(user, filter.query(), AccessLog.Channel.API, "/api/v1/quality/dashboard"));
    }
}
