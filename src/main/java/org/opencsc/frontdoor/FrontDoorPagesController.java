package org.opencsc.frontdoor;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.FamilyNetwork;
import org.opencsc.person.PeopleFinder;
import org.opencsc.person.Person;
import org.opencsc.person.PersonForm;
import org.opencsc.person.PersonMatch;
import org.opencsc.person.PersonRepository;
import org.opencsc.person.SearchQuery;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The duty queue, recording a contact, the contact's page (checks, decision, sign-off). */
@Controller
class FrontDoorPagesController {

    private final ContactService contacts;
    private final ReferralService referrals;
    private final CaseContextService context;
    private final NewInformationService newInformation;
    private final PersonRepository people;
    private final FamilyNetwork family;
    private final PeopleFinder finder;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    FrontDoorPagesController(ContactService contacts, ReferralService referrals, CaseContextService context,
                             NewInformationService newInformation, PersonRepository people,
                             FamilyNetwork family, PeopleFinder finder, AccessPolicy access,
                             CurrentUsers currentUsers, Clock clock) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.context = context;
        this.newInformation = newInformation;
        this.people = people;
        this.family = family;
        this.finder = finder;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("sources")
    ReferralSource[] sources() {
        return ReferralSource.values();
    }

    @ModelAttribute("urgencies")
    Urgency[] urgencies() {
        return Urgency.values();
    }

    @ModelAttribute("consents")
    Consent[] consents() {
        return Consent.values();
    }

    @ModelAttribute("outcomes")
    DecisionOutcome[] outcomes() {
        return DecisionOutcome.values();
    }

    @ModelAttribute("needs")
    PrimaryNeed[] needs() {
        return PrimaryNeed.values();
    }

    @ModelAttribute("concerns")
    PresentingConcern[] concerns() {
        return PresentingConcern.values();
    }

    @ModelAttribute("agencies")
    Agency[] agencies() {
        return Agency.values();
    }

    @GetMapping("/front-door")
    String queue(Model model) {
        CurrentUser user = currentUsers.current();
        List<QueueGroup> groups = contacts.groupedQueue(user, 300);
        model.addAttribute("groups", groups);
        model.addAttribute("contacts", groups.stream().flatMap(g -> g.lines().stream()).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canAllocate", ContactService.canSignOff(user.role()));
        return "frontdoor/queue";
    }

    // ------------------------------------------------------------------ record a contact

    @GetMapping("/contacts/new")
    String newContact(@RequestParam(required = false) Long childId, @RequestParam(required = false) String name,
                      Model model) {
        CurrentUser user = currentUsers.current();
        if (childId == null) {
            model.addAttribute("name", name);
            if (name != null && !name.isBlank()) {
                // A contact is recorded on a record the user may open: only those are offered.
                model.addAttribute("results", finder.search(user, new SearchQuery(name, null, null), 30, PersonMatch::child,
                        PeopleFinder.Listing.OPEN_ONLY, AccessLog.Channel.WEB, "/contacts/new"));
                model.addAttribute("addSearchedFor", PersonForm.addressFor(new SearchQuery(name, null, null), "contact"));
            }
            return "frontdoor/find-child";
        }
        Person child = people.find(childId).orElseThrow(() -> new NotFoundException("There is no record " + childId));
        access.checkCanRecord(user, childId, AccessLog.Channel.WEB, "/contacts/new");
        LocalDate today = LocalDate.now(clock);
        String now = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
        model.addAttribute("form", new ContactForm(List.of(childId), String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), now, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        addChildren(child, user, model);
        model.addAttribute("errors", new Problems());
        return "frontdoor/contact-new";
    }

    @PostMapping("/contacts")
    String record(@RequestParam long forChild, @ModelAttribute("form") ContactForm form, Model model) {
        CurrentUser user = currentUsers.current();
        Problems problems = new Problems();
        ContactInput input = form.toInput(problems);
        if (problems.isEmpty()) {
            try {
                long id = contacts.record(input, user, AccessLog.Channel.WEB);
                return "redirect:/contacts/" + id + "?recorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        } else {
            ContactRules.check(input, Instant.now(clock), problems);
        }
        Person child = people.find(forChild).orElseThrow(() -> new NotFoundException("There is no record " + forChild));
        access.checkCanRecord(user, forChild, AccessLog.Channel.WEB, "/contacts");
        addChildren(child, user, model);
        model.addAttribute("errors", problems);
        return "frontdoor/contact-new";
    }

    /** The child and the siblings the contact can also be about: those the user may open (the others are not offered). */
    private void addChildren(Person child, CurrentUser user, Model model) {
        List<FamilyMember> siblings = new ArrayList<>(family.shownTo(child.id(), user).stream()
                .filter(f -> f.sibling() && f.child() && !f.withheld()).toList());
        model.addAttribute("child", child);
        model.addAttribute("siblings", siblings);
    }

    // ------------------------------------------------------------------ the contact

    @GetMapping("/contacts/{id}")
    String contact(@PathVariable long id, Model model, HttpServletRequest request) {
        showContact(id, model, request.getRequestURI());
        model.addAttribute("errors", new Problems());
        model.addAttribute("typed", java.util.Map.of());
        return "frontdoor/contact";
    }

    private Contact showContact(long id, Model model, String path) {
        CurrentUser user = currentUsers.current();
        Contact contact = contacts.open(id, user, AccessLog.Channel.WEB, path);
        model.addAttribute("contact", contact);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canDecide", ContactService.canDecide(user.role()));
        model.addAttribute("canSignOff", ContactService.canSignOff(user.role()));
        model.addAttribute("canCheck", ContactService.canCheck(user.role()));
        model.addAttribute("referrals", contact.childIds().stream().flatMap(c -> referrals.forChild(c).stream())
                .filter(r -> r.contactId() != null && r.contactId() == id).toList());
        model.addAttribute("context", context.of(contact, user, AccessLog.Channel.WEB, path));
        List<NewInformation> passedOn = newInformation.forContact(id);
        model.addAttribute("newInformation", passedOn);
        model.addAttribute("mayAcknowledge", passedOn.stream().filter(i -> !i.acknowledged() && newInformation.canAcknowledge(user, i))
                .map(NewInformation::id).toList());
        return contact;
    }

    @PostMapping("/contacts/{id}/checks")
    String addCheck(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String agency,
                    @RequestParam(required = false) String checkOutcome, Model model, HttpServletRequest request) {
        try {
            contacts.addCheck(id, version, Agency.parse(agency).orElse(null), checkOutcome, currentUsers.current(),
                    AccessLog.Channel.WEB);
            return "redirect:/contacts/" + id + "?checked";
        } catch (ValidationException e) {
            // The page has two forms: the check's "outcome" is its own field, apart from the decision's.
            return redisplay(id, new ValidationException(e.problems().stream()
                    .map(p -> "outcome".equals(p.field()) ? new FieldProblem("checkOutcome", p.message()) : p).toList()),
                    model, request, "check");
        } catch (ConflictException e) {
            return redisplay(id, e, model, request, "check");
        }
    }

    @PostMapping("/contacts/{id}/decision")
    String decide(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String earlyHelpService,
                  @RequestParam(required = false) String primaryNeed, Model model, HttpServletRequest request) {
        try {
            contacts.decide(id, version, DecisionOutcome.parse(outcome).orElse(null), reason, earlyHelpService,
                    PrimaryNeed.fromCode(primaryNeed).orElse(null), currentUsers.current(), AccessLog.Channel.WEB);
            return "redirect:/contacts/" + id + "?decided";
        } catch (ValidationException | ConflictException e) {
            return redisplay(id, e, model, request, "decision");
        }
    }

    @PostMapping("/contacts/{id}/sign-off")
    String signOff(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String rationale,
                   @RequestParam(required = false) String agree, @RequestParam(required = false) String changedOutcome,
                   @RequestParam(required = false) String changedEarlyHelpService,
                   @RequestParam(required = false) String changedPrimaryNeed, Model model, HttpServletRequest request) {
        // "yes" or "no" as the radios send them; anything else is no answer, which the service names.
        Boolean agrees = "yes".equals(agree) ? Boolean.TRUE : "no".equals(agree) ? Boolean.FALSE : null;
        try {
            contacts.signOff(id, version, new SignOffInput(rationale, agrees, DecisionOutcome.parse(changedOutcome).orElse(null),
                    changedEarlyHelpService, PrimaryNeed.fromCode(changedPrimaryNeed).orElse(null)),
                    currentUsers.current(), AccessLog.Channel.WEB);
            return "redirect:/contacts/" + id + "?signedOff";
        } catch (ValidationException | ConflictException e) {
            return redisplay(id, e, model, request, "decision");
        }
    }

    @PostMapping("/contacts/{id}/new-information/{itemId}/acknowledgement")
    String acknowledge(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String response,
                       Model model, HttpServletRequest request) {
        try {
            newInformation.acknowledge(id, itemId, response, currentUsers.current(), AccessLog.Channel.WEB);
            return "redirect:/contacts/" + id + "?acknowledged#new-information";
        } catch (ValidationException | ConflictException e) {
            return redisplay(id, e, model, request, "new-information-" + itemId);
        }
    }

    /** Shows the contact again with what was typed (request parameters) and what went wrong. */
    private String redisplay(long id, RuntimeException e, Model model, HttpServletRequest request, String section) {
        Problems problems = new Problems();
        if (e instanceof ValidationException v) {
            problems.addAll(v);
        } else {
            problems.add(section, e.getMessage());
            model.addAttribute("conflict", true);
        }
        showContact(id, model, request.getRequestURI());
        model.addAttribute("errors", problems);
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        request.getParameterMap().forEach((k, v) -> typed.put(k, v.length > 0 ? v[0] : null));
        model.addAttribute("typed", typed);
        return "frontdoor/contact";
    }
}
