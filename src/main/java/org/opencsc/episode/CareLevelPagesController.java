package org.opencsc.episode;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.person.Person;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.Dates;
import org.opencsc.platform.web.NotFoundException;
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

/** A manager steps a child up from early help to child in need, or down again, from the child's record. */
@Controller
class CareLevelPagesController {

    /** The page as typed. */
    public record LevelForm(String to, String onDay, String onMonth, String onYear, String reason) {
    }

    private final CareLevels levels;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CareLevelPagesController(CareLevels levels, PersonRepository people, AccessPolicy access, CurrentUsers currentUsers,
                             Clock clock) {
        this.levels = levels;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("levels")
    List<CareLevel> manualLevels() {
        return List.of(CareLevel.EARLY_HELP, CareLevel.CIN);
    }

    @GetMapping("/people/{id}/level")
    String form(@PathVariable long id, Model model, HttpServletRequest request) {
        checkManager(id, request);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new LevelForm(null, String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), null));
        return show(id, new Problems(), model);
    }

    @PostMapping("/people/{id}/level")
    String change(@PathVariable long id, @ModelAttribute("form") LevelForm form, Model model, HttpServletRequest request) {
        CurrentUser user = checkManager(id, request);
        Problems problems = new Problems();
        LocalDate on = DateParts.fromParts(form.onDay(), form.onMonth(), form.onYear(), "on", "The date of the change", problems);
        if (problems.isEmpty()) {
            try {
                levels.change(id, CareLevel.parse(form.to()).orElse(null), on, form.reason(), user, AccessLog.Channel.WEB);
                return "redirect:/people/" + id + "?levelChanged";
            } catch (ValidationException v) {
                problems.addAll(v);
            }
        }
        return show(id, problems, model);
    }

    private CurrentUser checkManager(long id, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        if (!CareLevels.canChange(user)) {
            throw new RecordAccessDeniedException("Only a team manager or duty manager can step a child up or down");
        }
        access.checkCanRecord(user, id, AccessLog.Channel.WEB, request.getRequestURI());
        return user;
    }

    private String show(long id, Problems problems, Model model) {
        Person child = people.find(id).orElseThrow(() -> new NotFoundException("There is no person " + id));
        model.addAttribute("child", child);
        model.addAttribute("current", levels.current(id));
        model.addAttribute("dateHint", levels.earliestChangeOn(id)
                .map(d -> "On or after " + Dates.govuk(d) + " (the last change of level, or the referral that opened this episode), "
                        + "and not in the future. Changes take effect in date order.")
                .orElse("Not in the future. For example, 16 5 2026"));
        model.addAttribute("errors", problems);
        return "episode/level";
    }
}
