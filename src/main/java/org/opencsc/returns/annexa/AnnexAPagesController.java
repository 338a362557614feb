package org.opencsc.returns.annexa;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.returns.AnnexAAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.opencsc.security.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Annex A page: choose the inspection date (today unless another is typed), see each list
 * with what it covers and its row count, download the workbook with one button or a list's CSV
 * from its link. Works without JavaScript: the date is one GET form, the downloads plain links.
 */
@Controller
class AnnexAPagesController {

    static final String PAGE = AnnexAAccess.PAGE;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";
    private static final String VIEW = "returns/annexa/annex-a";

    private final AnnexAReturn annexA;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AnnexAPagesController(AnnexAReturn annexA, CurrentUsers currentUsers, Clock clock) {
        this.annexA = annexA;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(name = "date", required = false) String date, Model model, HttpServletResponse response) {
        allowed();
        LocalDate chosen = dateOrForm(date, model, response);
        if (chosen != null) {
            form(model, chosen, date == null ? chosen.toString() : date.strip(), new FormErrors());
            model.addAttribute("counts", annexA.counts(chosen));
        }
        return VIEW;
    }

    @GetMapping(PAGE + "/workbook")
    String workbook(@RequestParam(name = "date", required = false) String date, Model model, HttpServletResponse response)
            throws IOException {
        CurrentUser user = allowed();
        LocalDate chosen = dateOrForm(date, model, response);
        if (chosen == null) {
            return VIEW;
        }
        annexA.writeWorkbook(chosen, requester(user, PAGE + "/workbook"),
                () -> open(response, XLSX, AnnexAFiles.workbookName(chosen)));
        return null;
    }

    @GetMapping(PAGE + "/lists/{number}.csv")
    String csv(@PathVariable("number") String number, @RequestParam(name = "date", required = false) String date,
               Model model, HttpServletResponse response) throws IOException {
        CurrentUser user = allowed();
        AnnexList list = number.matches("[0-9]{1,2}") ? annexA.lists().stream()
                .filter(l -> l.number() == Integer.parseInt(number)).findFirst().orElse(null) : null;
        if (list == null) {
            throw new NotFoundException("Annex A has lists 1 to " + annexA.lists().size());
        }
        LocalDate chosen = dateOrForm(date, model, response);
        if (chosen == null) {
            return VIEW;
        }
        annexA.writeCsv(chosen, list, requester(user, PAGE + "/lists/" + list.number() + ".csv"),
                () -> open(response, CSV, AnnexAFiles.csvName(chosen, list)));
        return null;
    }

    /** The date asked for, or null with the form and its message in the model (status 400), keeping what was typed. */
    private LocalDate dateOrForm(String date, Model model, HttpServletResponse response) {
        try {
            return InspectionDate.parse(date, clock);
        } catch (ValidationException e) {
            response.setStatus(400);
            form(model, null, date, new FormErrors().add(InspectionDate.FIELD, e.problems().getFirst().message()));
            return null;
        }
    }

    private void form(Model model, LocalDate chosen, String typed, FormErrors errors) {
        model.addAttribute("chosen", chosen);
        model.addAttribute("typedDate", typed);
        model.addAttribute("today", LondonTime.today(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("lists", annexA.lists());
    }

    private CurrentUser allowed() {
        CurrentUser user = currentUsers.current();
        if (!AnnexAAccess.canDownload(user.role())) {
            throw new AccessDeniedException(AnnexAAccess.REFUSAL);
        }
        return user;
    }

    private static AnnexAReturn.Requester requester(CurrentUser user, String path) {
        return new AnnexAReturn.Requester(user.username(), AccessLog.Channel.WEB, path);
    }

    /** The response as a download: its type and file name set only once the file is ready to send. */
    static OutputStream open(HttpServletResponse response, String type, String fileName) throws IOException {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
        return response.getOutputStream();
    }

    static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
