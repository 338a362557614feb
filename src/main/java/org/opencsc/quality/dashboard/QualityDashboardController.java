package org.opencsc.quality.dashboard;

import java.util.List;
import org.opencsc.platform.validation.Problems;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The QA dashboard (/quality) and the lists behind its figures: the audits behind a number
 * (/quality/dashboard/audits, each linked to /quality/audits/{id}) and the learning actions open
 * or overdue (/quality/dashboard/learning-actions, each linked to /quality/learning-actions/{id}).
 */
@Controller
class QualityDashboardController {

    static final String AUDITS = QualityDashboardAccess.PAGE + "/dashboard/audits";
    static final String ACTIONS = QualityDashboardAccess.PAGE + "/dashboard/learning-actions";

    private final CurrentUsers currentUsers;
    private final QualityDashboard dashboard;
    private final QualityPages pages;

    QualityDashboardController(CurrentUsers currentUsers, QualityDashboard dashboard, QualityPages pages) {
        this.currentUsers = currentUsers;
        this.dashboard = dashboard;
        this.pages = pages;
    }

    @GetMapping(QualityDashboardAccess.PAGE)
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(name = "team", required = false) List<String> team, Model model) {
        CurrentUser user = QualityPages.allowed(currentUsers.current());
        QualityFilter filter = pages.filter(user, from, to, team);
        pages.addFilter(model, user, filter);
        if (filter.valid()) {
            model.addAttribute("figures", dashboard.figures(user, filter.query(), AccessLog.Channel.WEB, QualityDashboardAccess.PAGE));
        }
        return "quality/dashboard/dashboard";
    }

    @GetMapping(AUDITS)
    String audits(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(name = "team", required = false) List<String> team,
                  @RequestParam(required = false) String quarter, @RequestParam(required = false) String grade,
                  @RequestParam(required = false) String ofTeam, @RequestParam(required = false) String theme,
                  @RequestParam(required = false) String found, @RequestParam(required = false) String moderated,
                  @RequestParam(required = false) String changed, Model model) {
        CurrentUser user = QualityPages.allowed(currentUsers.current());
        QualityFilter filter = pages.filter(user, from, to, team);
        Problems problems = filter.problems();
        AuditCriteria criteria = AuditCriteria.parse(quarter, grade, ofTeam, theme, found, moderated, changed, problems);
        pages.addFilter(model, user, filter);
        model.addAttribute("criteria", criteria);
        if (problems.isEmpty()) {
            model.addAttribute("drill", dashboard.audits(user, filter.query(), criteria, AccessLog.Channel.WEB, AUDITS));
            model.addAttribute("heading", heading(criteria));
        }
        return "quality/dashboard/audits";
    }

    @GetMapping(ACTIONS)
    String actions(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(name = "team", required = false) List<String> team,
                   @RequestParam(required = false) String overdue, Model model) {
        CurrentUser user = QualityPages.allowed(currentUsers.current());
        QualityFilter filter = pages.filter(user, from, to, team);
        Problems problems = filter.problems();
        boolean overdueOnly = "true".equals(overdue);
        if (overdue != null && !overdue.isBlank() && !overdueOnly && !"false".equals(overdue)) {
            problems.add("overdue", "overdue is true (only the overdue actions) or false (every open action)");
        }
        pages.addFilter(model, user, filter);
        model.addAttribute("overdueOnly", overdueOnly);
        if (problems.isEmpty()) {
            model.addAttribute("drill", dashboard.actions(user, filter.query(), overdueOnly, AccessLog.Channel.WEB, ACTIONS));
            model.addAttribute("today", filter.query().today());
        }
        return "quality/dashboard/actions";
    }

    private static String heading(AuditCriteria c) {
        StringBuilder s = new StringBuilder("Audits");
        if (c.grade() != null) {
            s.append(" graded ").append(c.grade().label().toLowerCase(java.util.Locale.UK));
        }
        if (Boolean.TRUE.equals(c.changed())) {
            s.append(" with grades changed at moderation");
        } else if (Boolean.TRUE.equals(c.moderated())) {
            s.append(" moderated");
        } else if (Boolean.FALSE.equals(c.moderated())) {
            s.append(" not yet moderated");
        }
        if (c.found() != null) {
            s.append(" that found: ").append(QualityFigures.themeLabel(c.found()));
        }
        if (c.theme() != null) {
            s.append(", round theme: ").append(QualityFigures.themeLabel(c.theme()));
        }
        if (c.quarter() != null) {
            s.append(", completed in ").append(c.quarter());
        }
        return s.toString();
    }
}
