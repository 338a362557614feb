package org.opencsc.visit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.plan.PlanContent;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Recording a visit from a child's record, for them and any of their siblings, and reading one back. */
@Controller
class VisitPagesController {

    /**
     * A child who can be included in the visit: the one it was opened from, then their siblings,
     * each with their current plan's outcomes for the visit to say which it worked towards.
     */
    public record ChildOption(long personId, String name, String relationship, List<PlanContent.Outcome> outcomes) {
    }

    private final Visits visits;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    VisitPagesController(Visits visits, PersonRepository people, AccessPolicy access, CurrentUsers currentUsers, Clock clock) {
        this.visits = visits;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/visits/new")
    String form(@RequestParam long childId, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        Person child = recordable(childId, user, request);
        return show(child, user, VisitForm.blank(LocalDate.now(clock), user.displayName(), childId), new Problems(), model);
    }

    @PostMapping("/visits")
    String record(@RequestParam long childId, @RequestParam MultiValueMap<String, String> params,
                  HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        Person child = recordable(childId, user, request);
        VisitForm form = VisitForm.of(params);
        Problems problems = new Problems();
        Map<Long, String> offered = new LinkedHashMap<>();
        familyGroup(child, user).forEach(c -> offered.put(c.personId(), c.name()));
        VisitInput input = form.toInput(offered, problems);
        visits.check(input, user, AccessLog.Channel.WEB, problems); // every problem at once, not the form's first
        if (problems.isEmpty()) {
            try {
                long id = visits.record(input, user, AccessLog.Channel.WEB);
                return "redirect:/visits/" + id + "?recorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return show(child, user, form, problems, model);
    }

    @GetMapping("/visits/{id}")
    String view(@PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("visit", visits.open(id, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI()));
        return "visit/visit";
    }

    /** The write check comes first, so a role that cannot record is refused before anything is read. */
    private Person recordable(long childId, CurrentUser user, HttpServletRequest request) {
        Person child = people.find(childId).orElseThrow(() -> new NotFoundException("There is no such child"));
        access.checkCanRecord(user, childId, AccessLog.Channel.WEB, request.getRequestURI());
        return child;
    }

    private List<ChildOption> familyGroup(Person child, CurrentUser user) {
        List<ChildOption> group = new ArrayList<>();
        group.add(new ChildOption(child.id(), child.fullName(), "This child", visits.planOutcomes(child.id())));
        for (FamilyMember f : visits.siblingsOf(child.id(), user)) {
            group.add(new ChildOption(f.personId(), f.name(), f.relationshipLabel(), visits.planOutcomes(f.personId())));
        }
        return group;
    }

    private String show(Person child, CurrentUser user, VisitForm form, Problems problems, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("familyGroup", familyGroup(child, user));
        model.addAttribute("form", form);
        model.addAttribute("roles", VisitorRole.values());
        model.addAttribute("types", VisitType.values());
        model.addAttribute("places", VisitPlace.values());
        model.addAttribute("errors", problems);
        return "visit/new";
    }
}
