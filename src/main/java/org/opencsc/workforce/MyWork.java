package org.opencsc.workforce;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;

/**
 * What My work shows a user (their attention items, due work and caseload), put on a page's
 * model: by My work itself and by a home that shows it beside something else (a team manager's,
 * beside their service area's figures), which includes {@code workforce/my-work}'s fragments.
 */
@Service
public class MyWork {

    /** The caseload shown; the children beyond it are a search away. */
    private static final int CASELOAD_SHOWN = 200;

    private final AllocationRepository allocations;
    private final DueWork dueWork;
    private final Redaction redaction;
    private final Attention attention;

    MyWork(AllocationRepository allocations, DueWork dueWork, Redaction redaction, Attention attention) {
        this.allocations = allocations;
        this.dueWork = dueWork;
        this.redaction = redaction;
        this.attention = attention;
    }

    public void addTo(Model model, CurrentUser user) {
        boolean manager = user.role().isManager();
        model.addAttribute("manager", manager);
        model.addAttribute("attention", attention.itemsFor(user));
        if (user.role().scope() != Role.Scope.NONE) {
            List<CaseloadEntry> caseload = manager
                    ? allocations.caseload(null, user.visibleTeamIds(), CASELOAD_SHOWN)
                    : allocations.caseload(user.id(), Set.of(), CASELOAD_SHOWN);
            // A restricted child the viewer is not named on keeps the line (the allocation) without the child, last.
            model.addAttribute("caseload", redaction.apply(user, caseload, c -> List.of(c.personId()), (c, sight) -> c.withoutChild())
                    .stream().sorted(Comparator.comparing(CaseloadEntry::withheld)).toList());
            // Everyone who works on cases has work of their own: a manager's authorisations and escalation responses,
            // a chair's reviews, a duty worker's contacts, anyone's actions, beside their caseload's.
            if (user.role().recordsOnCases()) {
                model.addAttribute("work", dueWork.mine(user));
            }
        }
    }
}
