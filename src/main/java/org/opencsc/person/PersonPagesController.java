package org.opencsc.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding people and adding a person (with the duplicate check first). */
@Controller
class PersonPagesController {

    private final PeopleFinder finder;
    private final PersonService service;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PersonPagesController(PeopleFinder finder, PersonService service, PersonRepository people, AccessPolicy access,
                          CurrentUsers currentUsers, Clock clock) {
        this.finder = finder;
        this.service = service;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("genders")
    Gender[] genders() {
        return Gender.values();
    }

    @ModelAttribute("ethnicities")
    Ethnicity[] ethnicities() {
        return Ethnicity.values();
    }

    @ModelAttribute("disabilityCodes")
    Disability[] disabilityCodes() {
        return Disability.values();
    }

    @ModelAttribute("relationshipTypes")
    RelationshipType[] relationshipTypes() {
        return RelationshipType.values();
    }

    /** Whether a record added on its own opens for this user: a team worker's does not until it is allocated. */
    @ModelAttribute("opensUnheldRecords")
    boolean opensUnheldRecords() {
        return AccessPolicy.opensUnheldRecords(currentUsers.current().role());
    }

    @GetMapping("/people/search")
    String search(@RequestParam(required = false) String name,
                  @RequestParam(required = false) String dobDay,
                  @RequestParam(required = false) String dobMonth,
                  @RequestParam(required = false) String dobYear,
                  @RequestParam(required = false) String nhsNumber,
                  Model model) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        LocalDate dob = DateParts.fromParts(dobDay, dobMonth, dobYear, "dob", "Date of birth", problems);
        // The name box alone may hold a date of birth, an NHS number or an ID (the home page's one box).
        SearchQuery query = problems.isEmpty() ? SearchQuery.of(name, dob, nhsNumber) : new SearchQuery(name, dob, nhsNumber);
        query.checkLength("name", "nhsNumber", problems);
        model.addAttribute("name", name);
        model.addAttribute("dobDay", dobDay);
        model.addAttribute("dobMonth", dobMonth);
        model.addAttribute("dobYear", dobYear);
        model.addAttribute("nhsNumber", nhsNumber);
        model.addAttribute("errors", problems);
        if (problems.isEmpty() && !query.isEmpty()) {
            model.addAttribute("results", finder.search(user, query, 50, PeopleFinder.Listing.EVERY_MATCH,
                    AccessLog.Channel.WEB, "/people/search"));
            model.addAttribute("query", query);
            model.addAttribute("addSearchedFor", PersonForm.addressFor(query, null));
        }
        return "person/search";
    }

    @GetMapping("/people/new")
    String newPerson(@RequestParam(required = false) String relatedTo, @RequestParam(required = false) String next,
                     @RequestParam(required = false) String name, @RequestParam(required = false) String dobDay,
                     @RequestParam(required = false) String dobMonth, @RequestParam(required = false) String dobYear,
                     Model model) {
        boolean searched = name != null || dobDay != null || dobMonth != null || dobYear != null;
        model.addAttribute("form", DateParts.isBlank(relatedTo) && searched ? PersonForm.searchedFor(name, dobDay, dobMonth, dobYear, next)
                : "contact".equals(next) ? PersonForm.then(next) : PersonForm.empty(relatedTo));
        model.addAttribute("errors", new Problems());
        addRelatedPerson(relatedTo, model);
        return "person/new";
    }

    /** What the creator of a record they cannot open is told about it: what they typed, and its ID. */
    record CreatedRecord(long id, String name, boolean child, boolean forContact) {
    }

    /**
     * The record just created, for a creator who may not open it (a team worker: their team opens
     * the records allocated to it). Reached only straight after creating it: the details come from
     * the creator's own session, so nobody else is shown them here.
     */
    @GetMapping("/people/created")
    String created(Model model) {
        if (!(model.getAttribute("created") instanceof CreatedRecord)) {
            return "redirect:/people/search";
        }
        model.addAttribute("openedBy", Arrays.stream(Role.values()).filter(AccessPolicy::opensUnheldRecords)
                .map(Role::label).toList());
        return "person/created";
    }

    @PostMapping("/people")
    String create(@ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        PersonInput input = form.toInput(problems);
        PersonService.RelateTo relateTo = relateTo(form, problems);
        addRelatedPerson(form.relatedTo(), model);
        if (!problems.isEmpty()) {
            // Show problems with the dates together with every other problem, not one round at a time.
            PersonRules.check(input, LocalDate.now(clock), problems);
            model.addAttribute("errors", problems);
            return "person/new";
        }
        try {
            PersonService.CreateResult result = service.create(input, relateTo, form.confirmedNew(), user, AccessLog.Channel.WEB);
            if (result instanceof PersonService.CreateResult.Created created) {
                // A record on its own is opened by the front door and managers, not yet by a team (access follows
                // allocation): its creator is told so, never sent to a page that refuses them.
                if (relateTo == null && !access.canView(user, created.id())) {
                    redirect.addFlashAttribute("created", new CreatedRecord(created.id(), Names.full(input.givenName(),
                            input.familyName()), Boolean.TRUE.equals(input.child()), form.continuesToContact()));
                    return "redirect:/people/created";
                }
                if (form.continuesToContact()) {
                    return "redirect:/contacts/new?childId=" + created.id();
                }
                // A family member added from a record goes back to that record's family page, where the new member shows.
                return "redirect:/people/" + (relateTo != null ? relateTo.personId() + "/family" : created.id()) + "?created=" + created.id();
            }
            var duplicates = (PersonService.CreateResult.PossibleDuplicates) result;
            model.addAttribute("candidates", duplicates.candidates());
            model.addAttribute("unseenMatch", duplicates.unseenMatch());
            model.addAttribute("errors", new Problems());
            return "person/new";
        } catch (ValidationException e) {
            Problems shown = new Problems();
            shown.addAll(e);
            model.addAttribute("errors", shown);
            return "person/new";
        }
    }

    private PersonService.RelateTo relateTo(PersonForm form, Problems problems) {
        if (DateParts.isBlank(form.relatedTo())) {
            return null;
        }
        long relatedId = WholeNumbers.longOrEmpty(form.relatedTo())
                .orElseThrow(() -> new NotFoundException("There is no such record to link to"));
        RelationshipType type = RelationshipType.parse(form.relationshipType()).orElse(null);
        if (type == null) {
            problems.add("relationshipType", "Select how this person is related");
        }
        return new PersonService.RelateTo(relatedId, type, "yes".equals(form.parentalResponsibility()));
    }

    private void addRelatedPerson(String relatedTo, Model model) {
        if (DateParts.isBlank(relatedTo)) {
            return;
        }
        long id = WholeNumbers.longOrEmpty(relatedTo).orElseThrow(() -> new NotFoundException("There is no such record to link to"));
        people.find(id).filter(p -> access.canView(currentUsers.current(), p.id()))
                .ifPresent(p -> model.addAttribute("relatedPerson", Map.of("id", p.id(), "name", p.fullName())));
    }
}
