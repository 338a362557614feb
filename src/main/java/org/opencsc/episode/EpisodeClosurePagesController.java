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
    private final ClosureConsistency consistency;
    private final ReferralService referrals;
    private final Conferences conferences;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    EpisodeClosurePagesController(EpisodeClosure closure, ClosureConsistency consistency, ReferralService referrals,
                                  Conferences conferences, PersonRepository people, AccessPolicy access, CurrentUsers currentUsers) {
        this.closure = closure;
        this.consistency = consistency;
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
        if (form.version() == null) {
            // Every closure form sends the referral's version; one without it is not closed unchecked.
            throw new ValidationException("version", "The form was sent without the version of the referral it was based on. "
                    + "Go back, reload the page and try again.");
        }
        if (problems.isEmpty()) {
            try {
                closure.close(id, form.version(), closedOn,
                        ClosureReason.parse(form.reason()).orElse(null), form.why(), currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/people/" + referral.personId() + "?closed";
            } catch (ValidationException v) {
                // A refusal about the episode as a whole (an open plan, an unfinished assessment) has no field here:
                // point it at the explanation the page shows.
                boolean planOpen = conferences.openPlanOf(referral.personId()).isPresent();
                v.problems().forEach(p -> problems.add(p.field().equals(ClosureConsistency.EPISODE)
                        ? (planOpen ? "plan-open" : "work-open") : p.field(), p.message()));
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
        model.addAttribute("unfinishedWork", consistency.unfinishedWork(referral));
        model.addAttribute("assessment", consistency.assessmentOf(referral).filter(a -> !a.authorised()).orElse(null));
        model.addAttribute("errors", problems);
        return "episode/closure";
    }
}
