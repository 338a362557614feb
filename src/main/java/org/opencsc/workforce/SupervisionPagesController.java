package org.opencsc.workforce;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Recording a worker's supervision (reached from the team work page) and reading a session. */
@Controller
class SupervisionPagesController {

    private static final Pattern CHILD_FIELD = Pattern.compile("children\\[(\\d+)]\\.(.*)");

    private final Supervisions supervisions;
    private final AllocationRepository allocations;
    private final CurrentUsers currentUsers;
    private final Redaction redaction;
    private final StaffDirectory staff;
    private final List<SupervisionHistorySource> historySources;
    private final Clock clock;

    SupervisionPagesController(Supervisions supervisions, AllocationRepository allocations, CurrentUsers currentUsers,
                               Redaction redaction, StaffDirectory staff, List<SupervisionHistorySource> historySources, Clock clock) {
        this.staff = staff;
        this.historySources = historySources;
        this.redaction = redaction;
        this.supervisions = supervisions;
        this.allocations = allocations;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/supervision/new")
    String form(@RequestParam long workerId, Model model) {
        CurrentUser user = currentUsers.current();
        SupervisionWorker worker = supervisions.supervisable(user, workerId);
        model.addAttribute("form", SupervisionForm.startingToday(LocalDate.now(clock)));
        Problems problems = new Problems();
        if (workerId == user.id()) {
            problems.add("workerId", "You cannot record supervision of yourself: your own supervision is recorded by your manager");
        }
        return show(worker, problems, model);
    }

    @PostMapping("/supervision/new")
    String record(@RequestParam long workerId, @ModelAttribute("form") SupervisionForm form, Model model) {
        CurrentUser user = currentUsers.current();
        SupervisionWorker worker = supervisions.supervisable(user, workerId);
        Problems problems = new Problems();
        List<Integer> sections = new ArrayList<>();
        SupervisionInput input = form.toInput(workerId, problems, sections);
        if (problems.isEmpty()) {
            try {
                long id = supervisions.record(input, user, AccessLog.Channel.WEB);
                return "redirect:/supervision/" + id + "?recorded";
            } catch (ValidationException e) {
                onSections(e, sections, problems);
            }
        }
        return show(worker, problems, model);
    }

    /** The service numbers the children it was given; the page numbers its sections, blanks included. */
    private static void onSections(ValidationException e, List<Integer> sections, Problems problems) {
        for (FieldProblem p : e.problems()) {
            Matcher m = CHILD_FIELD.matcher(p.field());
            String field = p.field();
            if (m.matches()) {
                field = "children[" + sections.get(Integer.parseInt(m.group(1))) + "]." + m.group(2);
            }
            problems.add(field, p.message());
        }
    }

    private String show(SupervisionWorker worker, Problems problems, Model model) {
        model.addAttribute("worker", worker);
        // Only children the manager may open can be discussed (each part goes on the child's record): the others are not offered.
        // Every child on the caseload has a section, so any of them can be discussed.
        List<CaseloadEntry> caseload = redaction.apply(currentUsers.current(),
                allocations.caseload(worker.id(), Set.of(), SupervisionForm.MAX_CHILD_SECTIONS), c -> List.of(c.personId()),
                (c, sight) -> null);
        model.addAttribute("caseload", caseload);
        model.addAttribute("staff", staff.owners());
        model.addAttribute("actionRows", IntStream.range(0, SupervisionForm.ACTIONS_PER_CHILD).boxed().toList());
        model.addAttribute("errors", problems);
        return "workforce/supervision-new";
    }

    /**
     * A worker's supervision history: their sessions, and what other features keep with it (practice
     * observations), for the worker and their line management chain (403 for anyone else).
     */
    @GetMapping("/workers/{id}/supervision")
    String history(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("status", supervisions.status(id, user));
        model.addAttribute("sessions", supervisions.history(id, user));
        model.addAttribute("alongside", historySources.stream().flatMap(s -> s.forWorker(id, user).stream())
                .sorted(java.util.Comparator.comparing(SupervisionHistoryEntry::on).reversed()).toList());
        return "workforce/supervision-history";
    }

    @GetMapping("/supervision/{id}")
    String view(@PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("supervision", supervisions.open(id, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI()));
        return "workforce/supervision";
    }
}
