package org.opencsc.returns.census.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.web.ApiController;
import org.opencsc.returns.CensusAccess;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.load.ImportResult;
import org.opencsc.returns.census.xml.FileProblem;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The census over HTTP: the year's export as the DfE XML, its validation report as JSON, a file
 * checked against the schema and the rules, and a file imported. Who may do what is
 * {@link CensusAccess}; every export, report and import is in the access log.
 */
@ApiController("/api/v1/returns/cin-census")
class CensusApiController {

    private final CensusReturn census;
    private final CensusReports reports;
    private final CensusImports imports;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CensusApiController(CensusReturn census, CensusReports reports, CensusImports imports, CurrentUsers currentUsers,
                        Clock clock) {
        this.census = census;
        this.reports = reports;
        this.imports = imports;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * A checked file: refused (its schema problems, each with its line and column, and no
     * report: nothing in it was read) or read (the rules' report).
     */
    record FileReport(boolean refused, List<FileProblem> fileProblems, CensusReport report) {
    }

    @Operation(summary = "The year's census as the DfE XML (data officers and senior leaders)",
            description = "year is the year of the reference date, 31 March: 2026 is 1 April 2025 to 31 March 2026. Every "
                    + "child who was a child in need at any point in the year; a child who cannot be exported is listed "
                    + "by GET /report. Written to the access log with the year and the number of children.",
            responses = @ApiResponse(responseCode = "200", description = "The census message",
                    content = @Content(mediaType = "application/xml", schema = @Schema(type = "string"))))
    @GetMapping
    ResponseEntity<byte[]> export(@Parameter(description = "The census year, such as 2026", example = "2026")
                                  @RequestParam(name = "year", required = false) String year) {
        CurrentUser user = allowed(CensusAccess.Operation.EXPORT);
        CensusYear chosen = CensusYears.parse(year, "year", clock);
        CensusReturn.Exported exported = census.export(chosen, requester(user), "export");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        census.writeXml(exported.message(), xml);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("cin-census-" + chosen.year() + ".xml").build().toString())
                .body(xml.toByteArray());
    }

    @Operation(summary = "The validation report of the year's census (data officers and senior leaders)",
            description = "Every failing DfE rule: counted by rule, and listed by child with its code (a query's ends in Q), "
                    + "error or query, message, the items and their values, and the page where it is fixed. A child's name, "
                    + "record id and links are given only when the caller may open the record: a restricted child is "
                    + "listed by LAchildID alone. The children who could not be exported are listed with the reason.")
    @GetMapping("/report")
    CensusReport report(@Parameter(description = "The census year, such as 2026", example = "2026")
                        @RequestParam(name = "year", required = false) String year) {
        CurrentUser user = allowed(CensusAccess.Operation.EXPORT);
        CensusYear chosen = CensusYears.parse(year, "year", clock);
        CensusReturn.Exported exported = census.export(chosen, requester(user), "report");
        return reports.build(chosen, exported.message().children().size(), exported.problems(),
                exported.result().unexportable(), user);
    }

    @Operation(summary = "Checks a census file (multipart, part \"file\") against the schema and the DfE rules",
            description = "Nothing is loaded. A file the 2025 to 2026 schema refuses (malformed, wrong encoding, truncated, "
                    + "unknown codes, over the size limit) is answered refused: true with every problem and its line and "
                    + "column; otherwise the rules' report, for the year of the file's reference date.")
    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FileReport validate(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        CurrentUser user = allowed(CensusAccess.Operation.VALIDATE);
        if (file == null || file.isEmpty()) {
            throw new org.opencsc.platform.validation.ValidationException("file", "Send the census file as the part named file");
        }
        try (InputStream in = file.getInputStream()) {
            return check(in, user);
        }
    }

    @Operation(summary = "Checks a census file sent as the body (application/xml) against the schema and the DfE rules",
            description = "As the multipart form of POST /validate.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/xml", schema = @Schema(type = "string"))))
    @PostMapping(path = "/validate", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    FileReport validateBody(HttpServletRequest request) throws IOException {
        CurrentUser user = allowed(CensusAccess.Operation.VALIDATE);
        try (InputStream in = request.getInputStream()) {
            return check(in, user);
        }
    }

    private FileReport check(InputStream in, CurrentUser user) {
        CensusReturn.FileCheck check = census.check(in);
        if (check.refused()) {
            return new FileReport(true, check.fileProblems(), null);
        }
        return new FileReport(false, check.fileProblems(), reports.build(check.year(),
                check.message().get().children().size(), check.problems(), List.of(), user));
    }

    @Operation(summary = "Imports a census file (multipart, part \"file\"): data officers only",
            description = "Schema-checked first: a file with any problem is refused whole and nothing is loaded. Children are "
                    + "matched to existing people by LAchildID, then UPN, then the duplicate check; an uncertain match is "
                    + "listed for a person to decide. Importing the same file again changes nothing.")
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        CurrentUser user = allowed(CensusAccess.Operation.IMPORT);
        if (file == null || file.isEmpty()) {
            throw new org.opencsc.platform.validation.ValidationException("file", "Send the census file as the part named file");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "census.xml"
                : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return imports.importFile(in, name, user, requester(user));
        }
    }

    /** An upload over spring.servlet.multipart's limit, or one that is not a readable multipart body. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail upload(MultipartException e) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                tooLarge ? "The file is larger than 64 MB, the largest OpenCSC takes" : "The upload could not be read");
        p.setTitle(tooLarge ? "File too large" : "Invalid request");
        p.setType(URI.create("https://opencsc.org/problems/invalid-request"));
        p.setProperty("errors", List.of(Map.of("field", "file", "message", p.getDetail())));
        return p;
    }

    private CurrentUser allowed(CensusAccess.Operation operation) {
        CurrentUser user = currentUsers.current();
        if (!operation.allows(user.role())) {
            throw new AccessDeniedException(operation.refusal());
        }
        return user;
    }

    private static CensusReturn.Requester requester(CurrentUser user) {
        return new CensusReturn.Requester(user.username(), AccessLog.Channel.API, "/api/v1/returns/cin-census");
    }
}
