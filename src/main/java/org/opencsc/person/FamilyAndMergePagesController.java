package org.opencsc.person;

import java.util.Arrays;
import java.util.List;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Linking an existing person into a family, merging duplicates, and restricting a record. */
@Controller
class FamilyAndMergePagesController {

    private final PersonRepository people;
    private final PeopleFinder finder;
    private final PersonService service;
    private final PersonMerge merge;
    private final RecordRestriction restriction;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    FamilyAndMergePagesController(PersonRepository people, PeopleFinder finder, PersonService service, PersonMerge merge,
                                  RecordRestriction restriction, AccessPolicy access, CurrentUsers currentUsers) {
        this.people = people;
        this.finder = finder;
        this.service = service;
        this.merge = merge;
        this.restriction = restriction;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    private Person visiblePerson(long id, String path) {
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("There is no record " + id));
        access.checkAndLogView(currentUsers.current(), id, AccessLog.Channel.WEB, path);
        return person;
    }

    // ------------------------------------------------------------------ link an existing person

    @GetMapping("/people/{id}/family/link")
    String linkPage(@PathVariable long id, @RequestParam(required = false) String name, Model model) {
        Person person = visiblePerson(id, "/people/" + id + "/family/link");
        model.addAttribute("person", person);
        model.addAttribute("name", name);
        model.addAttribute("errors", new Problems());
        model.addAttribute("relationshipTypes", RelationshipType.values());
        if (name != null && !name.isBlank()) {
            // Only records the user may open can be linked (linking widens who sees them), so only those are listed.
            model.addAttribute("results", finder.search(currentUsers.current(), new SearchQuery(name, null, null), 20,
                    m -> m.id() != id, PeopleFinder.Listing.OPEN_ONLY, AccessLog.Channel.WEB, "/people/" + id + "/family/link"));
        }
        return "person/link-family";
    }

    @PostMapping("/people/{id}/family/link")
    String link(@PathVariable long id, @RequestParam(required = false) String otherId,
                @RequestParam(required = false) String relationshipType,
                @RequestParam(required = false) String parentalResponsibility,
                @RequestParam(required = false) String name, Model model) {
        Problems problems = new Problems();
        Long other = parseId(otherId);
        if (other == null) {
            problems.add("otherId", "Select the person to link");
        }
        RelationshipType type = RelationshipType.parse(relationshipType).orElse(null);
        if (type == null) {
            problems.add("relationshipType", "Select who this person is to the child");
        }
        if (problems.isEmpty()) {
            try {
                service.linkFamilyMember(other, id, type, "yes".equals(parentalResponsibility), currentUsers.current(),
                        AccessLog.Channel.WEB);
                return "redirect:/people/" + id + "/family?linked";
            } catch (ValidationException e) {
                e.problems().forEach(p -> problems.add(p.field().equals("relatedPersonId") ? "otherId" : p.field(), p.message()));
            }
        }
        linkPage(id, name, model);
        model.addAttribute("errors", problems);
        model.addAttribute("selectedType", relationshipType);
        return "person/link-family";
    }

    // ------------------------------------------------------------------ merge

    @GetMapping("/people/{id}/merge")
    String mergePage(@PathVariable long id, Model model) {
        requireManager();
        model.addAttribute("person", visiblePerson(id, "/people/" + id + "/merge"));
        model.addAttribute("errors", new Problems());
        return "person/merge";
    }

    /**
     * Compare, then merge. The comparison shows both records and what stands in the way
     * ({@link MergeCheck}): the merge button appears only when the records can be one person's,
     * and a merge is made only of the record that was compared (comparedId), its conflicts having
     * been shown.
     */
    @PostMapping("/people/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) String mergedId,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String confirm,
                 @RequestParam(required = false) String comparedId, Model model) {
        requireManager();
        Person kept = people.find(id).orElseThrow(() -> new NotFoundException("There is no record " + id));
        CurrentUser user = currentUsers.current();
        String path = "/people/" + id + "/merge";
        Problems problems = new Problems();
        Long other = parseId(mergedId);
        Person duplicate = other == null ? null : people.find(other).orElse(null);
        if (other == null) {
            problems.add("mergedId", "Enter the ID of the duplicate record, a number like 1234");
        } else if (duplicate == null) {
            problems.add("mergedId", "There is no record with ID " + other);
        }
        if (duplicate == null) {
            access.checkAndLogView(user, id, AccessLog.Channel.WEB, path);
        } else {
            // Both records side by side, to confirm before anything changes: both are checked before either is logged.
            access.checkAndLogViews(user, List.of(id, other), AccessLog.Channel.WEB, path);
            MergeCheck check = merge.check(id, other);
            model.addAttribute("duplicate", duplicate);
            model.addAttribute("check", check);
            check.refusals().forEach(r -> problems.add("mergedId", r));
            boolean compared = "yes".equals(confirm) && String.valueOf(other).equals(comparedId);
            if (problems.isEmpty() && compared) {
                try {
                    merge.merge(id, other, reason, true, user, AccessLog.Channel.WEB);
                    return "redirect:/people/" + id + "?mergedFrom=" + other;
                } catch (ValidationException e) {
                    problems.addAll(e);
                }
            }
        }
        model.addAttribute("person", kept);
        model.addAttribute("mergedId", mergedId);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", problems);
        return "person/merge";
    }

    // ------------------------------------------------------------------ restriction

    @GetMapping("/people/{id}/restriction")
    String restrictionPage(@PathVariable long id, Model model) {
        requireManager();
        model.addAttribute("person", visiblePerson(id, "/people/" + id + "/restriction"));
        model.addAttribute("named", restriction.namedUsers(id));
        model.addAttribute("errors", new Problems());
        return "person/restriction";
    }

    @PostMapping("/people/{id}/restriction")
    String restrict(@PathVariable long id, @RequestParam(required = false) String usernames,
                    @RequestParam(required = false) String reason, Model model) {
        requireManager();
        try {
            restriction.restrict(id, usernames == null ? List.of() : Arrays.asList(usernames.split("[,\\s]+")),
                    reason, currentUsers.current());
            return "redirect:/people/" + id + "?restricted";
        } catch (ValidationException e) {
            Problems problems = new Problems();
            problems.addAll(e);
            model.addAttribute("person", visiblePerson(id, "/people/" + id + "/restriction"));
            model.addAttribute("named", restriction.namedUsers(id));
            model.addAttribute("usernames", usernames);
            model.addAttribute("reason", reason);
            model.addAttribute("errors", problems);
            return "person/restriction";
        }
    }

    private void requireManager() {
        CurrentUser user = currentUsers.current();
        if (!user.role().isManager()) {
            throw new RecordAccessDeniedException("Only a manager can do this");
        }
    }

    /** A record id as typed or chosen; null (and the form says what it needs) for blank or anything not a whole number. */
    private static Long parseId(String s) {
        return WholeNumbers.longOrEmpty(s).orElse(null);
    }
}
