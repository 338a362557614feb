package org.opencsc.returns.census.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.returns.CensusAccess;
import org.opencsc.returns.census.CensusYear;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The census pages for the data officer and the senior leader: choose the year, export it,
 * check it against the DfE's rules (the report, and its CSV), and check or import a file.
 * Every page works without JavaScript: the year is a select, the two actions two buttons of one
 * GET form, the file a multipart form.
 */
@Controller
class CensusPagesController {

    private static final String PAGE = CensusAccess.PAGE;
    /** The report page lists this many children; the CSV has every problem. */
    static final int CHILDREN_SHOWN = 500;

    private final CensusReturn census;
    private final CensusReports reports;
    private final CensusImports imports;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CensusPagesController(CensusReturn census, CensusReports reports, CensusImports imports, CurrentUsers currentUsers,
                          Clock clock) {
        this.census = census;
        this.reports = reports;
        this.imports = imports;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response) {
        CurrentUser user = allowed(CensusAccess.Operation.EXPORT);
        FormErrors errors = new FormErrors();
        CensusYear chosen = CensusYears.current(clock);
        if (year != null) {
            try {
                chosen = CensusYears.parse(year, "year", clock);
            } catch (ValidationException e) {
                errors.add("year", e.problems().getFirst().message());
                response.setStatus(400);
            }
        }
        return form(model, user, chosen, errors);
    }

    @GetMapping(PAGE + "/export")
    Object export(@RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response) {
        CurrentUser user = allowed(CensusAccess.Operation.EXPORT);
        CensusYear chosen = yearOrForm(year, model, user, response);
        if (chosen == null) {
            return PAGE_VIEW;
        }
        CensusReturn.Exported exported = census.export(chosen, requester(user, PAGE + "/export"), "export");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        census.writeXml(exported.message(), xml);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("cin-census-" + chosen.year() + ".xml"))
                .body(xml.toByteArray());
    }

    @GetMapping(PAGE + "/report")
    String report(@RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response) {
        CurrentUser user = allowed(CensusAccess.Operation.EXPORT);
        CensusYear chosen = yearOrForm(year, model, user, response);
        if (chosen == null) {
            return PAGE_VIEW;
        }
        CensusReturn.Exported exported = census.export(chosen, requester(user, PAGE + "/report"), "report");
        CensusReport report = reports.build(chosen, exported.message().children().size(), exported.problems(),
                exported.result().unexportable(), user);
        model.addAttribute("report", report);
        model.addAttribute("shown", report.children().stream().limit(CHILDREN_SHOWN).toList());
        model.addAttribute("year", chosen);
        model.addAttribute("fromFile", false);
        return "returns/census/web/report";
    }

    @GetMapping(PAGE + "/report.csv")
    Object reportCsv(@RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response)
            throws IOException {
        CurrentUser user = allowed(CensusAccess.Operation.EXPORT);
        CensusYear chosen = yearOrForm(year, model, user, response);
        if (chosen == null) {
            return PAGE_VIEW;
        }
        CensusReturn.Exported exported = census.export(chosen, requester(user, PAGE + "/report.csv"), "report");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CensusCsv.write(exported.problems(), out);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("cin-census-" + chosen.year() + "-report.csv"))
                .body(bytes.toByteArray());
    }

    /** Checks a file against the schema and the rules; nothing is loaded. */
    @PostMapping(PAGE + "/check")
    String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        CurrentUser user = allowed(CensusAccess.Operation.VALIDATE);
        if (file == null || file.isEmpty()) {
            return uploadProblem(model, user, "Choose a census file (XML) to check", response);
        }
        CensusReturn.FileCheck check;
        try (InputStream in = file.getInputStream()) {
            check = census.check(in);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("fileProblems", check.fileProblems());
        if (!check.refused()) {
            CensusReport report = reports.build(check.year(), check.message().get().children().size(), check.problems(),
                    List.of(), user);
            model.addAttribute("report", report);
            model.addAttribute("shown", report.children().stream().limit(CHILDREN_SHOWN).toList());
            model.addAttribute("year", check.year());
        }
        model.addAttribute("fromFile", true);
        return check.refused() ? "returns/census/web/file-refused" : "returns/census/web/report";
    }

    /** Imports a file: the data officer's alone (CensusAccess). */
    @PostMapping(PAGE + "/imports")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                      HttpServletResponse response) throws IOException {
        CurrentUser user = allowed(CensusAccess.Operation.IMPORT);
        if (file == null || file.isEmpty()) {
            return uploadProblem(model, user, "Choose a census file (XML) to import", response);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "census.xml"
                : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("result", imports.importFile(in, name, user, requester(user, PAGE + "/imports")));
        }
        model.addAttribute("fileName", name);
        return "returns/census/web/import-result";
    }

    /** A file over spring.servlet.multipart's limit: said on the page, with the form to try again. */
    @ExceptionHandler(MultipartException.class)
    String unreadableUpload(MultipartException e, Model model, HttpServletResponse response) {
        CurrentUser user = allowed(CensusAccess.Operation.VALIDATE);
        String message = e instanceof MaxUploadSizeExceededException
                ? "The file is larger than 64 MB, the largest OpenCSC takes"
                : "The file could not be read: send it again";
        response.setStatus(e instanceof MaxUploadSizeExceededException ? 413 : 400);
        return form(model, user, CensusYears.current(clock), new FormErrors().add("file", message));
    }

    private static final String PAGE_VIEW = "returns/census/web/census";

    private String uploadProblem(Model model, CurrentUser user, String message, HttpServletResponse response) {
        response.setStatus(400);
        return form(model, user, CensusYears.current(clock), new FormErrors().add("file", message));
    }

    /** The year asked for, or null with the form and its message in the model (status 400). */
    private CensusYear yearOrForm(String year, Model model, CurrentUser user, HttpServletResponse response) {
        try {
            return CensusYears.parse(year, "year", clock);
        } catch (ValidationException e) {
            response.setStatus(400);
            form(model, user, CensusYears.current(clock), new FormErrors().add("year", e.problems().getFirst().message()));
            model.addAttribute("typedYear", year);
            return null;
        }
    }

    private String form(Model model, CurrentUser user, CensusYear chosen, FormErrors errors) {
        model.addAttribute("years", CensusYears.offered(clock));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("canImport", CensusAccess.canImport(user.role()));
        return PAGE_VIEW;
    }

    private CurrentUser allowed(CensusAccess.Operation operation) {
        CurrentUser user = currentUsers.current();
        if (!operation.allows(user.role())) {
            throw new AccessDeniedException(operation.refusal());
        }
        return user;
    }

    private static CensusReturn.Requester requester(CurrentUser user, String path) {
        return new CensusReturn.Requester(user.username(), AccessLog.Channel.WEB, path);
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
