package org.opencsc.person;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
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

/** The child's census identifiers and characteristics: shown, and the census-only ones edited. */
@Controller
class CensusDetailsPagesController {

    /** The edit form as typed. */
    public record CensusDetailsForm(String formerUpn, String upnUnknownReason, String dateOfDeathDay,
                                    String dateOfDeathMonth, String dateOfDeathYear, String version) {
    }

    private final CensusDetailsService census;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    CensusDetailsPagesController(CensusDetailsService census, PersonRepository people, AccessPolicy access,
                                 CurrentUsers currentUsers) {
        this.census = census;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/people/{id}/census-details")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        Person person = found(id);
        access.checkAndLogView(user, id, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("person", person);
        model.addAttribute("census", census.read(id));
        model.addAttribute("canRecord", canRecord(user, id));
        return "person/census-details";
    }

    @GetMapping("/people/{id}/census-details/edit")
    String edit(@PathVariable long id, Model model) {
        Person person = found(id);
        access.checkCanRecord(currentUsers.current(), id, AccessLog.Channel.WEB, "/people/" + id + "/census-details/edit");
        CensusDetails details = census.read(id);
        LocalDate died = details.dateOfDeath();
        model.addAttribute("form", new CensusDetailsForm(details.formerUpn(),
                details.upnUnknownReason() == null ? null : details.upnUnknownReason().code(),
                died == null ? null : String.valueOf(died.getDayOfMonth()),
                died == null ? null : String.valueOf(died.getMonthValue()),
                died == null ? null : String.valueOf(died.getYear()), String.valueOf(details.version())));
        return form(person, details, new Problems(), model);
    }

    @PostMapping("/people/{id}/census-details")
    String save(@PathVariable long id, @ModelAttribute("form") CensusDetailsForm form, Model model) {
        Person person = found(id);
        CurrentUser user = currentUsers.current();
        access.checkCanRecord(user, id, AccessLog.Channel.WEB, "/people/" + id + "/census-details");
        Problems problems = new Problems();
        LocalDate died = DateParts.fromParts(form.dateOfDeathDay(), form.dateOfDeathMonth(), form.dateOfDeathYear(),
                "dateOfDeath", "The date of death", problems);
        Integer version = version(form.version());
        try {
            census.save(id, new CensusDetails.Change(form.formerUpn(), form.upnUnknownReason(), died, version), problems,
                    user, AccessLog.Channel.WEB);
            return "redirect:/people/" + id + "/census-details?saved";
        } catch (ValidationException e) {
            problems = new Problems().addAll(e);
        } catch (ConflictException e) {
            // The form now carries the current version, keeping what was typed, so saving again is a decision to overwrite.
            problems = new Problems().add("formerUpn", e.getMessage());
            CensusDetails current = census.read(id);
            model.addAttribute("form", new CensusDetailsForm(form.formerUpn(), form.upnUnknownReason(), form.dateOfDeathDay(),
                    form.dateOfDeathMonth(), form.dateOfDeathYear(), String.valueOf(current.version())));
            model.addAttribute("conflict", true);
            return form(person, current, problems, model);
        }
        return form(person, census.read(id), problems, model);
    }

    private String form(Person person, CensusDetails details, Problems problems, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("census", details);
        model.addAttribute("reasons", List.of(UpnUnknownReason.values()));
        model.addAttribute("errors", problems);
        return "person/census-details-edit";
    }

    /** AccessPolicy.checkCanRecord's rule, asked without logging a refusal: only to offer the edit link. */
    private boolean canRecord(CurrentUser user, long id) {
        return user.role().recordsOnCases() && access.canView(user, id);
    }

    private Person found(long id) {
        return people.find(id).orElseThrow(() -> new org.opencsc.platform.web.NotFoundException("There is no record " + id));
    }

    private static Integer version(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
