package org.opencsc.returns.workforce;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.returns.WorkforceCensusAccess;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A worker's census details, beside their employment facts: the items the census asks that the
 * employment record does not hold (date of birth, gender, ethnicity, qualification, where a
 * starter came from and a leaver went) and their absences. The data officer records them; the
 * senior leader reads them. The employment facts themselves are changed on the worker's
 * employment record ({@code /workforce/staff/{id}}).
 */
@Controller
class StaffCensusPagesController {

    private static final String VIEW = "returns/workforce/staff";

    private final StaffCensusDetails details;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StaffCensusPagesController(StaffCensusDetails details, CurrentUsers currentUsers, Clock clock) {
        this.details = details;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(WorkforceCensusAccess.PAGE + "/staff/{userId}")
    String page(@PathVariable long userId, Model model) {
        CurrentUser user = allowed(WorkforceCensusAccess.Operation.EXPORT);
        StaffCensusDetails.Employment worker = worker(userId);
        return view(model, user, worker, StaffCensusForm.of(details.details(userId)), new FormErrors(), AbsenceForm.EMPTY, null);
    }

    @PostMapping(WorkforceCensusAccess.PAGE + "/staff/{userId}")
    String save(@PathVariable long userId, @ModelAttribute StaffCensusForm form, Model model, HttpServletResponse response) {
        CurrentUser user = allowed(WorkforceCensusAccess.Operation.RECORD);
        StaffCensusDetails.Employment worker = worker(userId);
        Problems problems = new Problems();
        StaffCensusDetails.Details read = form.read(LondonTime.today(clock), problems);
        if (read == null) {
            response.setStatus(400);
            return view(model, user, worker, form, errors(problems), AbsenceForm.EMPTY, null);
        }
        try {
            details.save(userId, read, read.version());
        } catch (ConflictException e) {
            response.setStatus(409);
            return view(model, user, worker, form, new FormErrors().add("version", e.getMessage()), AbsenceForm.EMPTY, null);
        }
        return "redirect:" + WorkforceCensusAccess.staffPage(userId) + "?saved";
    }

    /** An absence as typed. */
    record AbsenceForm(String reason, String firstDay, String firstMonth, String firstYear, String lastDay, String lastMonth,
                       String lastYear) {
        static final AbsenceForm EMPTY = new AbsenceForm("", "", "", "", "", "", "");
    }

    @PostMapping(WorkforceCensusAccess.PAGE + "/staff/{userId}/absences")
    String addAbsence(@PathVariable long userId, @ModelAttribute AbsenceForm form, Model model, HttpServletResponse response) {
        CurrentUser user = allowed(WorkforceCensusAccess.Operation.RECORD);
        StaffCensusDetails.Employment worker = worker(userId);
        Problems problems = new Problems();
        String reason = StaffCensusForm.code(form.reason(), CswwCodes.ABSENCE_REASON, "reason", "Reason for the absence", problems);
        if (reason == null && !problems.has("reason")) {
            problems.add("reason", "Choose the reason for the absence");
        }
        LocalDate first = DateParts.fromParts(form.firstDay(), form.firstMonth(), form.firstYear(), "first",
                "First day of the absence", problems);
        if (first == null && !problems.has("first")) {
            problems.add("first", "Enter the first day of the absence");
        }
        LocalDate last = DateParts.fromParts(form.lastDay(), form.lastMonth(), form.lastYear(), "last",
                "Last day of the absence", problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add("last", "Last day of the absence must be the same as or after the first day");
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return view(model, user, worker, StaffCensusForm.of(details.details(userId)), errors(problems), form, "absence");
        }
        details.addAbsence(userId, reason, first, last);
        return "redirect:" + WorkforceCensusAccess.staffPage(userId) + "?absenceAdded";
    }

    @PostMapping(WorkforceCensusAccess.PAGE + "/staff/{userId}/absences/{absenceId}/remove")
    String removeAbsence(@PathVariable long userId, @PathVariable long absenceId) {
        allowed(WorkforceCensusAccess.Operation.RECORD);
        worker(userId);
        if (!details.removeAbsence(userId, absenceId)) {
            throw new NotFoundException("There is no such absence of this worker: it may have been removed already");
        }
        return "redirect:" + WorkforceCensusAccess.staffPage(userId) + "?absenceRemoved";
    }

    private String view(Model model, CurrentUser user, StaffCensusDetails.Employment worker, StaffCensusForm form,
                        FormErrors errors, AbsenceForm absence, String failed) {
        model.addAttribute("worker", worker);
        model.addAttribute("form", form);
        model.addAttribute("absence", absence);
        model.addAttribute("absences", details.absences(worker.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failed);
        model.addAttribute("canRecord", WorkforceCensusAccess.Operation.RECORD.allows(user.role()));
        model.addAttribute("codes", new Codes());
        return VIEW;
    }

    /** The code lists, for the template's selects. */
    record Codes() {
        public java.util.Map<String, String> gender() {
            return CswwCodes.GENDER;
        }

        public java.util.Map<String, String> ethnicity() {
            return CswwCodes.ETHNICITY;
        }

        public java.util.Map<String, String> qualLevel() {
            return CswwCodes.QUAL_LEVEL;
        }

        public java.util.Map<String, String> startOrigin() {
            return CswwCodes.START_ORIGIN;
        }

        public java.util.Map<String, String> leaverDestination() {
            return CswwCodes.LEAVER_DESTINATION;
        }

        public java.util.Map<String, String> reasonLeave() {
            return CswwCodes.REASON_LEAVE;
        }

        public java.util.Map<String, String> absence() {
            return CswwCodes.ABSENCE_REASON;
        }
    }

    private static FormErrors errors(Problems problems) {
        FormErrors errors = new FormErrors();
        for (FieldProblem p : problems.list()) {
            errors.add(p.field(), p.message());
        }
        return errors;
    }

    private StaffCensusDetails.Employment worker(long userId) {
        return details.employment(userId).orElseThrow(() -> new NotFoundException("There is no member of staff " + userId));
    }

    private CurrentUser allowed(WorkforceCensusAccess.Operation operation) {
        CurrentUser user = currentUsers.current();
        if (!operation.allows(user.role())) {
            throw new AccessDeniedException(operation.refusal());
        }
        return user;
    }
}
