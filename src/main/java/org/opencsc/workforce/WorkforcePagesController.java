package org.opencsc.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The workforce pages: the overview with its figures, a worker's employment record, a team's posts and caseloads. */
@Controller
class WorkforcePagesController {

    /** A decimal as typed on a form: digits, optionally a point and more digits (no sign, no exponent, no comma). */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6})?|\\.[0-9]{1,6}");

    private final Workforce workforce;
    private final CurrentUsers currentUsers;

    WorkforcePagesController(Workforce workforce, CurrentUsers currentUsers) {
        this.workforce = workforce;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/workforce")
    String overview(@RequestParam(required = false) List<String> team, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("teams", workforce.visibleTeams(user));
        model.addAttribute("chosen", team == null ? List.of() : team);
        try {
            model.addAttribute("overview", workforce.overview(user, team));
            model.addAttribute("errors", new Problems());
        } catch (ValidationException e) {
            model.addAttribute("overview", workforce.overview(user, null));
            model.addAttribute("errors", new Problems().addAll(e));
        }
        return "workforce/workforce";
    }

    @GetMapping("/workforce/staff/{id}")
    String employee(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        Employee e = workforce.employee(user, id);
        return employeePage(user, e, typed(e), new Problems(), model);
    }

    @PostMapping("/workforce/staff/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        CurrentUser user = currentUsers.current();
        Map<String, String> typed = new HashMap<>(form.toSingleValueMap());
        Problems problems = new Problems();
        Integer version = WholeNumbers.intOrEmpty(typed.get("version")).orElse(null);
        String jobRoleText = typed.get("jobRole");
        JobRole jobRole = jobRoleText == null || jobRoleText.isBlank() ? null : JobRole.parse(jobRoleText).orElse(null);
        if (jobRoleText != null && !jobRoleText.isBlank() && jobRole == null) {
            problems.add("jobRole", "Choose a job role from the list");
        }
        EmploymentType type = EmploymentType.parse(typed.get("employmentType")).orElse(null);
        LocalDate started = date(typed, "startedOn", "The start date", problems);
        LocalDate left = date(typed, "leftOn", "The leaving date", problems);
        LocalDate qualified = date(typed, "qualifiedOn", "The qualification date", problems);
        BigDecimal fte = null;
        String fteText = typed.get("fte");
        if (fteText != null && !fteText.isBlank()) {
            if (DECIMAL.matcher(fteText.strip()).matches()) {
                fte = new BigDecimal(fteText.strip());
            } else {
                problems.add("fte", "The FTE must be a number from 0.01 to 1 with at most 2 decimal places (1 is full time)");
            }
        }
        Integer limit = null;
        String limitText = typed.get("caseloadLimit");
        if (limitText != null && !limitText.isBlank()) {
            limit = WholeNumbers.intOrEmpty(limitText).orElse(null);
            if (limit == null) {
                problems.add("caseloadLimit", "The caseload limit must be a whole number from 1 to 100, or left blank for the council’s");
            }
        }
        String swe = typed.get("sweNumber") == null || typed.get("sweNumber").isBlank() ? null : typed.get("sweNumber").strip();
        try {
            if (version == null) {
                throw new ConflictException("The form could not be read: reload the page and make your change again");
            }
            workforce.update(user, id, new EmploymentChange(version, jobRole, type, started, left, qualified,
                    "true".equals(typed.get("asye")), fte, limit, swe), problems);
            return "redirect:/workforce/staff/" + id + "?saved";
        } catch (ValidationException e) {
            return employeePage(user, workforce.employee(user, id), typed, new Problems().addAll(e), model);
        } catch (ConflictException e) {
            Problems conflict = new Problems();
            conflict.add("version", e.getMessage());
            // The latest version goes in the form, so sending it again saves what was typed over the latest details.
            Employee latest = workforce.employee(user, id);
            typed.put("version", String.valueOf(latest.version()));
            return employeePage(user, latest, typed, conflict, model);
        }
    }

    @GetMapping("/workforce/teams/{id}")
    String team(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        Workforce.TeamView view = workforce.team(user, id);
        Map<String, String> typed = new HashMap<>();
        typed.put("version", String.valueOf(view.postsVersion()));
        view.posts().forEach(p -> typed.put("post-" + p.jobRole().name(), p.fundedFte().signum() == 0 ? "" : p.fundedFte().toPlainString()));
        return teamPage(view, typed, new Problems(), model);
    }

    @PostMapping("/workforce/teams/{id}")
    String updatePosts(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        CurrentUser user = currentUsers.current();
        Map<String, String> typed = new HashMap<>(form.toSingleValueMap());
        Problems problems = new Problems();
        Map<JobRole, BigDecimal> funded = new EnumMap<>(JobRole.class);
        for (JobRole role : JobRole.values()) {
            String text = typed.get("post-" + role.name());
            if (text == null || text.isBlank()) {
                continue;
            }
            BigDecimal f = DECIMAL.matcher(text.strip()).matches() ? new BigDecimal(text.strip()) : null;
            if (f == null || !Workforce.fundedFteOk(f)) {
                problems.add("post-" + role.name(), "The funded FTE for " + role.label().toLowerCase()
                        + " must be a number from 0 to 500 with at most 2 decimal places, or blank for none");
            } else {
                funded.put(role, f);
            }
        }
        try {
            workforce.updatePosts(user, id, WholeNumbers.intOrEmpty(typed.get("version")).orElse(null), funded, problems);
            return "redirect:/workforce/teams/" + id + "?saved";
        } catch (ValidationException e) {
            return teamPage(workforce.team(user, id), typed, new Problems().addAll(e), model);
        } catch (ConflictException e) {
            Problems conflict = new Problems();
            conflict.add("version", e.getMessage());
            Workforce.TeamView latest = workforce.team(user, id);
            typed.put("version", String.valueOf(latest.postsVersion()));
            return teamPage(latest, typed, conflict, model);
        }
    }

    private String teamPage(Workforce.TeamView view, Map<String, String> typed, Problems problems, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", problems);
        model.addAttribute("jobRoles", JobRole.values());
        return "workforce/team";
    }

    private String employeePage(CurrentUser user, Employee e, Map<String, String> typed, Problems problems, Model model) {
        model.addAttribute("e", e);
        model.addAttribute("canEdit", workforce.canEdit(user, e));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", problems);
        model.addAttribute("jobRoles", JobRole.values());
        model.addAttribute("employmentTypes", EmploymentType.values());
        return "workforce/staff";
    }

    /** The form as the record holds it: what the page shows before anything is typed. */
    private static Map<String, String> typed(Employee e) {
        Map<String, String> t = new HashMap<>();
        t.put("version", String.valueOf(e.version()));
        t.put("jobRole", e.jobRole() == null ? "" : e.jobRole().name());
        t.put("employmentType", e.employmentType().name());
        putDate(t, "startedOn", e.startedOn());
        putDate(t, "leftOn", e.leftOn());
        putDate(t, "qualifiedOn", e.qualifiedOn());
        t.put("asye", e.asye() ? "true" : "");
        t.put("fte", e.fte().stripTrailingZeros().toPlainString());
        t.put("caseloadLimit", e.ownCaseloadLimit() == null ? "" : String.valueOf(e.ownCaseloadLimit()));
        t.put("sweNumber", e.sweNumber() == null ? "" : e.sweNumber());
        return t;
    }

    private static void putDate(Map<String, String> t, String field, LocalDate d) {
        t.put(field + "Day", d == null ? "" : String.valueOf(d.getDayOfMonth()));
        t.put(field + "Month", d == null ? "" : String.valueOf(d.getMonthValue()));
        t.put(field + "Year", d == null ? "" : String.valueOf(d.getYear()));
    }

    private static LocalDate date(Map<String, String> typed, String field, String label, Problems problems) {
        return DateParts.fromParts(typed.get(field + "Day"), typed.get(field + "Month"), typed.get(field + "Year"), field, label, problems);
    }
}
