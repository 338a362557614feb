package org.opencsc.episode;

import java.time.LocalDate;
import org.opencsc.frontdoor.Referral;
import org.opencsc.frontdoor.ReferralService;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.conference.Conferences;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A manager closes a child-in-need episode from the child's record. */
@Controller
class EpisodeClosurePagesController {

    /** The page as typed. */
    public record ClosureForm(String closedOnDay, String closedOnMonth, String closedOnYear, String reason, String why,
                              Integer version) {
    }

    private final EpisodeClosure closure;
    private final ReferralService referrals;
    private final Conferences conferences;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    EpisodeClosurePagesController(EpisodeClosure closure, ReferralService referrals, Conferences conferences,
                                  PersonRepository people, AccessPolicy access, CurrentUsers currentUsers) {
        this.closure = closure;
        this.referrals = referrals;
        this.conferences = conferences;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    /** A radio option: the census code with its meaning, so managers see both. */
    public record ReasonOption(String name, String label) {
    }

    @ModelAttribute("reasons")
    java.util.List<ReasonOption> reasons() {
        return java.util.Arrays.stream(ClosureReason.values())
                .map(r -> new ReasonOption(r.code(), r.code() + ": " + r.label())).toList();
    }

    @GetMapping("/referrals/{id}/closure")
    String form(@PathVariable long id, Model model) {
        Referral referral = closable(id);
        model.addAttribute("form", new ClosureForm(null, null, null, null, null, referral.version()));
        return show(referral, new Problems(), model);
    }

    @PostMapping("/referrals/{id}/closure")
    String close(@PathVariable long id, @ModelAttribute("form") ClosureForm form, Model model) {
        Referral referral = closable(id);
        Problems problems = new Problems();
        LocalDate closedOn = DateParts.fromParts(form.closedOnDay(), form.closedOnMonth(), form.closedOnYear(), "closedOn",
                "The date the case closed", problems);
        if (problems.isEmpty()) {
            try {
                closure.close(id, form.version() == null ? -1 : form.version(), closedOn,
                        ClosureReason.parse(form.reason()).orElse(null), form.why(), currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/people/" + referral.personId() + "?closed";
            } catch (ValidationException v) {
                // The open-plan refusal is about the referral, which has no field here: point it at the explanation.
                v.problems().forEach(p -> problems.add(p.field().equals("referralId") ? "plan-open" : p.field(), p.message()));
            } catch (ConflictException c) {
                problems.add("closedOn", c.getMessage());
            }
        }
        return show(referral, problems, model);
    }

    private Referral closable(long id) {
        CurrentUser user = currentUsers.current();
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Closing a case is a manager's decision");
        }
        Referral referral = referrals.find(id);
        access.checkCanRecord(user, referral.personId(), AccessLog.Channel.WEB, "/referrals/" + id + "/closure");
        return referral;
    }

    private String show(Referral referral, Problems problems, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("child", people.find(referral.personId()).orElseThrow());
        model.addAttribute("cpPlan", conferences.openPlanOf(referral.personId()).orElse(null));
        model.addAttribute("errors", problems);
        return "episode/closure";
    }
}
