package org.opencsc.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.frontdoor.Contact;
import org.opencsc.frontdoor.ContactQueueLine;
import org.opencsc.frontdoor.ContactService;
import org.opencsc.frontdoor.FrontDoorOverview;
import org.opencsc.performance.web.Dashboards;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.protection.planlist.PlanList;
import org.opencsc.quality.dashboard.QualityHomes;
import org.opencsc.protection.planlist.PlanLists;
import org.opencsc.returns.AnnexAAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.Role;
import org.opencsc.workforce.Attention;
import org.opencsc.workforce.MyWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "/": each role's first page, where signing in lands. Workers and team managers get My work
 * and the chair the chair's view, forwarded so the address stays "/"; the front door, senior
 * leaders, data officers, auditors (QA and partner agency) and inspectors get a page made for what they do first.
 */
@Controller
class HomeController {

    /** The queue shown on a front door home; the full queue is a click away. */
    private static final int QUEUE_SHOWN = 300;
    private static final int RECENT_CONTACTS = 10;

    private final CurrentUsers currentUsers;
    private final Attention attention;
    private final ContactService contacts;
    private final FrontDoorOverview frontDoor;
    private final PlanLists planLists;
    private final Dashboards dashboards;
    private final MyWork myWork;
    private final QualityHomes qualityHomes;
    private final Clock clock;

    HomeController(CurrentUsers currentUsers, Attention attention, ContactService contacts, FrontDoorOverview frontDoor,
                   PlanLists planLists, Dashboards dashboards, MyWork myWork, QualityHomes qualityHomes, Clock clock) {
        this.qualityHomes = qualityHomes;
        this.myWork = myWork;
        this.dashboards = dashboards;
        this.currentUsers = currentUsers;
        this.attention = attention;
        this.contacts = contacts;
        this.frontDoor = frontDoor;
        this.planLists = planLists;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.current();
        RoleHome home = RoleHome.of(user.role());
        if (user.role() == Role.TEAM_MANAGER) {
            // My work with the service area's headline figures beside it (cached, so the home stays quick).
            myWork.addTo(model, user);
            dashboards.addTo(model, user, null, null, List.of(), "/");
            return "home/team-manager";
        }
        if (home == RoleHome.MY_WORK) {
            return "forward:/my-work";
        }
        if (home == RoleHome.CHAIR) {
            return "forward:/chair";
        }
        LocalDate today = LondonTime.today(clock);
        model.addAttribute("today", today);
        model.addAttribute("attention", attention.itemsFor(user));
        model.addAttribute("myWorkInMenu", RoleHome.myWorkInMenu(user.role()));
        model.addAttribute("planLists", PlanLists.canSee(user.role()) ? PlanList.values() : new PlanList[0]);
        return switch (home) {
            case CONTACT_OFFICER -> {
                model.addAttribute("recent", frontDoor.recordedBy(user, RECENT_CONTACTS));
                addQueue(user, model);
                yield "home/contact-officer";
            }
            case DUTY -> {
                addQueue(user, model);
                model.addAttribute("canAllocate", ContactService.canSignOff(user.role()));
                yield "home/duty";
            }
            case SENIOR_LEADER -> {
                // The council dashboard, with what is waiting now beside it (the dashboard counts what has happened).
                dashboards.addTo(model, user, null, null, List.of(), "/");
                model.addAttribute("frontDoorNow", frontDoor.thisMonth());
                Map<PlanList, Integer> counts = Arrays.stream(PlanList.values()).collect(Collectors.toMap(Function.identity(),
                        list -> planLists.list(list, user).size(), (a, b) -> a, () -> new EnumMap<>(PlanList.class)));
                model.addAttribute("planCounts", counts);
                yield "home/senior-leader";
            }
            case AUDITOR -> {
                model.addAttribute("quality", qualityHomes.auditor(user));
                yield "home/auditor";
            }
            case PARTNER_AUDITOR -> {
                model.addAttribute("rounds", qualityHomes.partner(user));
                yield "home/partner-auditor";
            }
            case DATA_OFFICER -> "home/data-officer";
            case INSPECTOR -> {
                model.addAttribute("annexA", AnnexAAccess.canDownload(user.role()) ? AnnexAAccess.PAGE : null);
                yield "home/inspector";
            }
            case MY_WORK, CHAIR -> throw new IllegalStateException("forwarded above");
        };
    }

    /** The queue split as the front door works it: decisions to make, then decisions waiting for a manager. */
    private void addQueue(CurrentUser user, Model model) {
        List<ContactQueueLine> queue = contacts.queue(user, QUEUE_SHOWN);
        model.addAttribute("awaitingDecision", queue.stream().filter(c -> c.status() == Contact.Status.AWAITING_DECISION).toList());
        model.addAttribute("awaitingSignOff", queue.stream().filter(c -> c.status() == Contact.Status.AWAITING_SIGN_OFF).toList());
    }
}
