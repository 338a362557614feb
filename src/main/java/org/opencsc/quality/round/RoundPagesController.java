package org.opencsc.quality.round;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.quality.Agency;
import org.opencsc.quality.Theme;
import org.opencsc.quality.template.AuditTemplates;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The round pages: the list, a new round with a preview of the filter, one round (fairness, audits, partners, closing). */
@Controller
class RoundPagesController {

    private final AuditRounds rounds;
    private final AuditTemplates templates;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    RoundPagesController(AuditRounds rounds, AuditTemplates templates, CurrentUsers currentUsers, Clock clock) {
        this.rounds = rounds;
        this.templates = templates;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/quality/rounds")
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("rounds", rounds.list(user));
        model.addAttribute("canManage", AuditRounds.canManage(user));
        return "quality/round/list";
    }

    @GetMapping("/quality/rounds/new")
    String newForm(Model model) {
        AuditRounds.checkCanManage(currentUsers.current());
        return form(RoundForm.empty(), new Problems(), null, model);
    }

    @PostMapping("/quality/rounds/new")
    String create(HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        AuditRounds.checkCanManage(user);
        RoundForm form = RoundForm.read(request);
        Problems problems = new Problems();
        if (request.getParameter("preview") != null) {
            SampleFilter filter = form.filter(problems);
            Integer eligible = null;
            if (problems.isEmpty()) {
                try {
                    eligible = rounds.preview(filter, user);
                } catch (ValidationException e) {
                    problems.addAll(e);
                }
            }
            return form(form, problems, eligible, model);
        }
        RoundInput input = form.toInput(problems);
        if (problems.isEmpty()) {
            try {
                long id = rounds.create(input, user);
                return "redirect:/quality/rounds/" + id + "?created";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return form(form, problems, null, model);
    }

    @GetMapping("/quality/rounds/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        return round(id, request.getParameter("drawAgain") != null, new Problems(), null, model, request);
    }

    @PostMapping("/quality/rounds/{id}/audits/{auditId}/auditor")
    String assign(@PathVariable long id, @PathVariable long auditId, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        AuditRounds.checkCanManage(user);
        Problems problems = new Problems();
        Long auditor = WholeNumbers.longOrEmpty(request.getParameter("auditorId")).orElse(null);
        Integer version = WholeNumbers.intOrEmpty(request.getParameter("version")).orElse(null);
        try {
            rounds.assignAuditor(id, auditId, auditor, version, user);
            return "redirect:/quality/rounds/" + id + "?assigned#audits";
        } catch (ValidationException e) {
            e.problems().forEach(p -> problems.add("auditor-" + auditId, p.message()));
        } catch (ConflictException e) {
            return round(id, false, problems, e.getMessage(), model, request);
        }
        return round(id, false, problems, null, model, request);
    }

    @PostMapping("/quality/rounds/{id}/partners")
    String addPartner(@PathVariable long id, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        AuditRounds.checkCanManage(user);
        Problems problems = new Problems();
        Long userId = WholeNumbers.longOrEmpty(request.getParameter("userId")).orElse(null);
        var lastDay = DateParts.fromParts(request.getParameter("lastDayDay"), request.getParameter("lastDayMonth"),
                request.getParameter("lastDayYear"), "lastDay", "Their last day", problems);
        if (problems.isEmpty()) {
            try {
                rounds.addPartner(id, userId, request.getParameter("agency"), lastDay, user);
                return "redirect:/quality/rounds/" + id + "?partnerAdded#partners";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                return round(id, false, problems, e.getMessage(), model, request);
            }
        }
        return round(id, false, problems, null, model, request);
    }

    @PostMapping("/quality/rounds/{id}/close")
    String close(@PathVariable long id, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        AuditRounds.checkCanManage(user);
        try {
            rounds.close(id, WholeNumbers.intOrEmpty(request.getParameter("version")).orElse(null), user);
            return "redirect:/quality/rounds/" + id + "?closed";
        } catch (ConflictException e) {
            return round(id, false, new Problems(), e.getMessage(), model, request);
        }
    }

    private String round(long id, boolean drawAgain, Problems problems, String conflict, Model model, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        Round round = rounds.open(id, user);
        model.addAttribute("round", round);
        model.addAttribute("redraw", drawAgain && round.selection() == Selection.RANDOM ? rounds.drawAgain(id, user) : null);
        model.addAttribute("canManage", AuditRounds.canManage(user) && round.open());
        model.addAttribute("auditors", rounds.auditors());
        model.addAttribute("partnerAuditors", rounds.partnerAuditors());
        model.addAttribute("agencies", List.of(Agency.values()));
        model.addAttribute("teamName", round.filter().teamId() == null ? null : rounds.teams().stream()
                .filter(t -> t.id() == round.filter().teamId()).map(RoundRepository.Person::name).findFirst().orElse(null));
        model.addAttribute("themeLabel", themeLabel(round.theme()));
        model.addAttribute("errors", problems);
        model.addAttribute("conflict", conflict);
        // The partner form as typed (a refused one is shown again with its values).
        for (String field : List.of("userId", "agency", "lastDayDay", "lastDayMonth", "lastDayYear")) {
            model.addAttribute("typed_" + field, request.getParameter(field));
        }
        return "quality/round/round";
    }

    private String form(RoundForm form, Problems problems, Integer eligible, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        model.addAttribute("eligible", eligible);
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("templates", templates.current(user));
        model.addAttribute("teams", rounds.teams());
        model.addAttribute("today", LondonTime.today(clock));
        return "quality/round/new";
    }

    private static String themeLabel(String theme) {
        for (Theme t : Theme.values()) {
            if (t.name().equals(theme)) {
                return t.label();
            }
        }
        return theme;
    }
}
