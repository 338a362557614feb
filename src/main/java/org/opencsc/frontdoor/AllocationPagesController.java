package org.opencsc.frontdoor;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.workforce.AllocationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referrals awaiting allocation, a form per sibling group: one worker for the children a
 * contact referred (any of whom the manager may leave out), from every team the manager
 * allocates to, each worker's caseload beside them.
 */
@Controller
class AllocationPagesController {

    private final ReferralService referrals;
    private final ContactService contacts;
    private final AllocationRepository allocations;
    private final CurrentUsers currentUsers;

    AllocationPagesController(ReferralService referrals, ContactService contacts, AllocationRepository allocations,
                              CurrentUsers currentUsers) {
        this.referrals = referrals;
        this.contacts = contacts;
        this.allocations = allocations;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/referrals/allocation")
    String allocation(Model model) {
        CurrentUser user = currentUsers.current();
        if (!ContactService.canSignOff(user.role())) {
            throw new RecordAccessDeniedException("Only a manager can allocate referrals");
        }
        allocationPage(user, new Problems(), Map.of(), model);
        return "frontdoor/allocation";
    }

    /**
     * A sibling group's form: {@code referral} the ids ticked, {@code version-<id>} the version of
     * each referral in the group as the page showed it, {@code worker} "worker:team".
     */
    @PostMapping("/referrals/allocation")
    String allocateGroup(@RequestParam String group, @RequestParam(name = "referral", required = false) List<String> ticked,
                         @RequestParam(required = false) String worker, @RequestParam(required = false) String reason,
                         HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        List<ReferralService.Choice> chosen = new ArrayList<>();
        Problems problems = new Problems();
        for (String id : ticked == null ? List.<String>of() : ticked) {
            Long referralId = WholeNumbers.longOrEmpty(id).orElse(null);
            Long version = referralId == null ? null : WholeNumbers.longOrEmpty(request.getParameter("version-" + referralId)).orElse(null);
            if (referralId == null || version == null || version > Integer.MAX_VALUE) {
                problems.add("referrals-" + group, "The children chosen could not be read: reload the page and choose again");
            } else {
                chosen.add(new ReferralService.Choice(referralId, version.intValue()));
            }
        }
        long[] choice = AllocationChoices.parse(worker);
        try {
            problems.throwIfAny();
            referrals.allocateGroup(chosen, choice == null ? null : choice[0], choice == null ? null : choice[1], reason, user,
                    AccessLog.Channel.WEB);
            return "redirect:/referrals/allocation?allocated=" + chosen.size();
        } catch (ValidationException | ConflictException e) {
            Problems shown = new Problems();
            if (e instanceof ValidationException v) {
                // The page has a form per group: each problem is named for this group's field.
                for (FieldProblem p : v.problems()) {
                    shown.add(p.field() + "-" + group, p.message());
                }
            } else {
                shown.add("worker-" + group, e.getMessage());
            }
            Map<String, Object> typed = new HashMap<>();
            typed.put("group", group);
            typed.put("ticked", ticked == null ? List.of() : ticked);
            typed.put("worker", worker);
            typed.put("reason", reason);
            allocationPage(user, shown, typed, model);
            return "frontdoor/allocation";
        }
    }

    /** The single-referral form of earlier pages and scripts: the referral and its unallocated siblings. */
    @PostMapping("/referrals/{id}/allocation")
    String allocate(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String worker,
                    @RequestParam(required = false) String reason, Model model) {
        CurrentUser user = currentUsers.current();
        long[] choice = AllocationChoices.parse(worker);
        try {
            referrals.allocate(id, version, choice == null ? null : choice[0], choice == null ? null : choice[1], reason, user,
                    AccessLog.Channel.WEB);
            return "redirect:/referrals/allocation?allocated=1";
        } catch (ValidationException | ConflictException e) {
            Problems problems = new Problems();
            String group = referrals.find(id).siblingGroup();
            problems.add("worker-" + group, e instanceof ValidationException v ? v.problems().getFirst().message() : e.getMessage());
            allocationPage(user, problems, Map.of(), model);
            return "frontdoor/allocation";
        }
    }

    /**
     * The referrals waiting, grouped by the contact that referred them, each with the handover
     * note of that contact (only for the referrals shown in full: a withheld line carries nothing
     * of the contact), who holds each child now, and the caseloads.
     */
    private void allocationPage(CurrentUser user, Problems problems, Map<String, Object> typed, Model model) {
        List<ReferralQueueLine> waiting = referrals.awaitingAllocation(user, 200);
        Map<String, List<AllocationGroup.Member>> bySiblingGroup = new LinkedHashMap<>();
        List<Long> contactIds = new ArrayList<>();
        List<AllocationGroup> groups = new ArrayList<>();
        for (ReferralQueueLine line : waiting) {
            if (line instanceof Referral r) {
                List<AllocationGroup.Member> members = bySiblingGroup.get(r.siblingGroup());
                if (members == null) {
                    members = new ArrayList<>();
                    bySiblingGroup.put(r.siblingGroup(), members);
                    groups.add(new AllocationGroup(r.siblingGroup(), r.contactId(), members, null));
                    if (r.contactId() != null) {
                        contactIds.add(r.contactId());
                    }
                }
                members.add(new AllocationGroup.Member(r, allocations.current(r.personId()).orElse(null)));
            } else if (line instanceof WithheldReferral w) {
                groups.add(new AllocationGroup("withheld", null, List.of(), w));
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("waitingCount", waiting.size());
        model.addAttribute("handoverNotes", contacts.handoverNotes(contactIds));
        model.addAttribute("caseloads", referrals.caseloadsFor(user));
        model.addAttribute("errors", problems);
        model.addAttribute("typed", typed);
    }
}
