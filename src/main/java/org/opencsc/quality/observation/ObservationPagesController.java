package org.opencsc.quality.observation;

import jakarta.servlet.http.HttpServletRequest;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.quality.Grade;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Recording a practice observation, reading one (and the worker's reflection on it), and a worker's list. */
@Controller
class ObservationPagesController {

    private final Observations observations;
    private final CurrentUsers currentUsers;

    ObservationPagesController(Observations observations, CurrentUsers currentUsers) {
        this.observations = observations;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/quality/observations/new")
    String form(@RequestParam long worker, Model model) {
        Problems problems = new Problems();
        CurrentUser user = currentUsers.current();
        if (worker == user.id()) {
            problems.add("workerId", "You cannot record an observation of your own practice: ask your manager or a practice development officer");
        }
        return show(worker, ObservationForm.empty(), problems, model);
    }

    @PostMapping("/quality/observations/new")
    String record(@RequestParam long worker, @ModelAttribute("form") ObservationForm form, HttpServletRequest request, Model model) {
        Problems problems = new Problems();
        ObservationInput in = form.toInput(worker, problems);
        if (problems.isEmpty()) {
            try {
                long id = observations.record(in, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
                return "redirect:/quality/observations/" + id + "?recorded";
            } catch (ValidationException e) {
                problems.addAll(e);
            }
        }
        return show(worker, form, problems, model);
    }

    private String show(long worker, ObservationForm form, Problems problems, Model model) {
        model.addAttribute("worker", observations.observable(currentUsers.current(), worker));
        model.addAttribute("form", form);
        model.addAttribute("settings", ObservationSetting.values());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("errors", problems);
        return "quality/observation/new";
    }

    @GetMapping("/quality/observations")
    String list(@RequestParam long worker, Model model) {
        model.addAttribute("list", observations.forWorker(worker, currentUsers.current()));
        model.addAttribute("workerId", worker);
        return "quality/observation/list";
    }

    @GetMapping("/quality/observations/{id}")
    String view(@PathVariable long id, HttpServletRequest request, Model model) {
        return page(id, null, new Problems(), request, model);
    }

    @PostMapping("/quality/observations/{id}/reflection")
    String reflect(@PathVariable long id, @RequestParam(required = false) String reflection,
                   @RequestParam(required = false) String version, HttpServletRequest request, Model model) {
        Problems problems = new Problems();
        Integer v = null;
        try {
            v = WholeNumbers.parseInt(version).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add("reflection", "The page was not sent whole: open the observation again");
        }
        if (problems.isEmpty()) {
            try {
                observations.reflect(id, reflection, v, currentUsers.current());
                return "redirect:/quality/observations/" + id + "?reflected";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("reflection", e.getMessage());
            }
        }
        return page(id, reflection, problems, request, model);
    }

    private String page(long id, String reflection, Problems problems, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        PracticeObservation o = observations.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("o", o);
        model.addAttribute("reflects", o.workerId() == user.id());
        model.addAttribute("reflection", reflection != null ? reflection : o.workerReflection());
        model.addAttribute("errors", problems);
        return "quality/observation/observation";
    }
}
