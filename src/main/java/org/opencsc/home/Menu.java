package org.opencsc.home;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.performance.PerformanceAccess;
import org.opencsc.protection.planlist.PlanLists;
import org.opencsc.quality.dashboard.QualityDashboardAccess;
import org.opencsc.returns.AnnexAAccess;
import org.opencsc.returns.CensusAccess;
import org.opencsc.returns.WorkforceCensusAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Role;
import org.opencsc.workforce.WorkforceAccess;
import org.springframework.stereotype.Component;

/**
 * The header menu for the signed-in user, read by the layout as {@code @menu}. Each entry asks
 * the same rule its page enforces (ContactService, PlanLists, PerformanceAccess, CensusAccess, AnnexAAccess, WorkforceCensusAccess, WorkforceAccess, Role), so no role is offered a
 * link that answers 403. The API's documentation is linked from the footer, for everyone.
 */
@Component("menu")
public class Menu {

    public record Entry(String label, String href) {
    }

    public List<Entry> entriesFor(CurrentUser user) {
        Role role = user.role();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(RoleHome.of(role).menuLabel(), "/"));
        if (RoleHome.myWorkInMenu(role)) {
            entries.add(new Entry("My work", "/my-work"));
        }
        if (role.isManager()) {
            entries.add(new Entry("Team work", "/team-work"));
        }
        if (ContactService.canCheck(role)) {
            entries.add(new Entry("Front door", "/front-door"));
        }
        // A partner auditor opens only the children in their audits, reached from their home: a search is not theirs.
        if (role.scope() != Role.Scope.NONE && role.scope() != Role.Scope.AUDIT) {
            entries.add(new Entry("Find a person", "/people/search"));
        }
        if (role.recordsOnCases()) {
            entries.add(new Entry("Add a person", "/people/new"));
        }
        if (PlanLists.canSee(role)) {
            entries.add(new Entry("Plans", "/protection/plans"));
        }
        if (PerformanceAccess.canSee(role)) {
            entries.add(new Entry("Performance", PerformanceAccess.DASHBOARD));
        }
        if (QualityDashboardAccess.canSee(role)) {
            entries.add(new Entry("Quality assurance", QualityDashboardAccess.PAGE));
        }
        if (CensusAccess.canExport(role)) {
            entries.add(new Entry("Children in Need census", CensusAccess.PAGE));
        }
        if (WorkforceCensusAccess.canExport(role)) {
            entries.add(new Entry("Workforce census", WorkforceCensusAccess.PAGE));
        }
        if (AnnexAAccess.canDownload(role)) {
            entries.add(new Entry("Ofsted Annex A", AnnexAAccess.PAGE));
        }
        if (org.opencsc.legal.LegalAccess.seesPanel(role)) {
            entries.add(new Entry("PLO panel", "/legal/plo-panel"));
        }
        if (org.opencsc.quality.QualityAccess.readsAllAudits(role)) {
            entries.add(new Entry("Audit rounds", "/quality/rounds"));
        }
        if (WorkforceAccess.canOpen(role)) {
            entries.add(new Entry("Workforce", WorkforceAccess.PAGE));
        }
        if (role == Role.ADMIN) {
            entries.add(new Entry("Access log", "/admin/access-log"));
            entries.add(new Entry("Accounts", "/admin/users"));
            entries.add(new Entry("Sign-ins", "/admin/sign-ins"));
            entries.add(new Entry("API tokens", "/admin/api-tokens"));
        }
        return entries;
    }
}
