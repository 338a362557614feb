package org.opencsc.returns.workforce;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.returns.WorkforceCensusAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workforce census page for the data officer and the senior leader: choose the year, see its
 * figures and each worker's problems (each linking to the worker's census details), and download
 * the file. Works without JavaScript: one GET form whose second button downloads.
 */
@Controller
class WorkforceCensusPagesController {

    private static final String PAGE = WorkforceCensusAccess.PAGE;
    private static final String VIEW = "returns/workforce/census";

    private final WorkforceCensus census;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    WorkforceCensusPagesController(WorkforceCensus census, CurrentUsers currentUsers, Clock clock) {
        this.census = census;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response) {
        CurrentUser user = allowed();
        WorkforceCensusYear chosen = year == null ? WorkforceCensusYears.due(clock) : parsed(year, model, response);
        if (chosen != null) {
            WorkforceCensus.Built built = census.build(chosen, requester(user, PAGE), "report");
            model.addAttribute("built", built);
            model.addAttribute("chosen", chosen);
        }
        return form(model, user, year == null && chosen != null ? String.valueOf(chosen.year()) : year);
    }

    @GetMapping(PAGE + "/export")
    Object export(@RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response) {
        CurrentUser user = allowed();
        WorkforceCensusYear chosen = parsed(year, model, response);
        if (chosen == null) {
            return form(model, user, year);
        }
        WorkforceCensus.Built built = census.build(chosen, requester(user, PAGE + "/export"), "export");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("csww-census-" + chosen.year() + ".xml").build().toString())
                .body(built.xml());
    }

    /** The year, or null with the message in the model and status 400. */
    private WorkforceCensusYear parsed(String year, Model model, HttpServletResponse response) {
        try {
            return WorkforceCensusYears.parse(year, "year", clock);
        } catch (ValidationException e) {
            response.setStatus(400);
            model.addAttribute("errors", new FormErrors().add("year", e.problems().getFirst().message()));
            return null;
        }
    }

    private String form(Model model, CurrentUser user, String typed) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        model.addAttribute("typedYear", typed);
        List<WorkforceCensusYear> offered = WorkforceCensusYears.offered(clock);
        model.addAttribute("years", offered);
        model.addAttribute("due", WorkforceCensusYears.due(clock));
        model.addAttribute("canRecord", WorkforceCensusAccess.Operation.RECORD.allows(user.role()));
        return VIEW;
    }

    private CurrentUser allowed() {
        CurrentUser user = currentUsers.current();
        if (!WorkforceCensusAccess.Operation.EXPORT.allows(user.role())) {
            throw new AccessDeniedException(WorkforceCensusAccess.Operation.EXPORT.refusal());
        }
        return user;
    }

    private static WorkforceCensus.Requester requester(CurrentUser user, String path) {
        return new WorkforceCensus.Requester(user.username(), AccessLog.Channel.WEB, path);
    }
}
