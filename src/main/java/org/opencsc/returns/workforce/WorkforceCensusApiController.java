package org.opencsc.returns.workforce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.returns.WorkforceCensusAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workforce census over HTTP: the year's file as the DfE XML and its problems as JSON. Data
 * officers and senior leaders ({@link WorkforceCensusAccess}); every call is in the access log.
 */
@ApiController("/api/v1/returns/workforce-census")
class WorkforceCensusApiController {

    private static final String PATH = "/api/v1/returns/workforce-census";

    private final WorkforceCensus census;
    private final StaffCensusDetails details;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    WorkforceCensusApiController(WorkforceCensus census, StaffCensusDetails details, CurrentUsers currentUsers, Clock clock) {
        this.census = census;
        this.details = details;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Operation(summary = "The year's children's social work workforce census as the DfE XML (data officers and senior leaders)",
            description = "year is the year of the reference date, 30 September: 2026 is 1 October 2025 to 30 September 2026. "
                    + "Every social worker employed at any time in the year, and the agency workers in post on 30 September. "
                    + "The file is checked against the schema OpenCSC ships; GET /report lists what stops it passing.",
            responses = @ApiResponse(responseCode = "200", description = "The census message",
                    content = @Content(mediaType = "application/xml", schema = @Schema(type = "string"))))
    @GetMapping
    ResponseEntity<byte[]> export(@Parameter(description = "The census year, such as 2026", example = "2026")
                                  @RequestParam(name = "year", required = false) String year) {
        CurrentUser user = allowed();
        WorkforceCensusYear chosen = WorkforceCensusYears.parse(year, "year", clock);
        WorkforceCensus.Built built = census.build(chosen, requester(user, PATH), "export");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("csww-census-" + chosen.year() + ".xml").build().toString())
                .body(built.xml());
    }

    @Operation(summary = "The problems of the year's workforce census (data officers and senior leaders)",
            description = "The year's figures (workers, in post, agency workers, vacancies, starters, leavers), whether the file "
                    + "passes the schema and why not, and each worker's problems: an error the DfE would refuse, or a query, "
                    + "with the item and the page where the worker's census details are recorded.")
    @GetMapping("/report")
    WorkforceCensusReport report(@Parameter(description = "The census year, such as 2026", example = "2026")
                                 @RequestParam(name = "year", required = false) String year) {
        CurrentUser user = allowed();
        WorkforceCensusYear chosen = WorkforceCensusYears.parse(year, "year", clock);
        return WorkforceCensusReport.of(chosen, census.build(chosen, requester(user, PATH + "/report"), "report"));
    }

    /** A worker's census details and absences, as recorded on their census page. */
    record StaffDetails(long userId, String name, StaffCensusDetails.Details details, java.util.List<StaffCensusDetails.Absence> absences,
                        String page) {
    }

    @Operation(summary = "A worker's census details and absences (data officers and senior leaders)",
            description = "What the census asks beyond the employment record, in the census's codes (null: not recorded), "
                    + "and the worker's absences; recorded on the page given.")
    @GetMapping("/staff/{userId}")
    StaffDetails staff(@PathVariable long userId) {
        allowed();
        StaffCensusDetails.Employment worker = details.employment(userId)
                .orElseThrow(() -> new NotFoundException("There is no member of staff " + userId));
        return new StaffDetails(userId, worker.name(), details.details(userId), details.absences(userId),
                WorkforceCensusAccess.staffPage(userId));
    }

    private CurrentUser allowed() {
        CurrentUser user = currentUsers.current();
        if (!WorkforceCensusAccess.Operation.EXPORT.allows(user.role())) {
            throw new AccessDeniedException(WorkforceCensusAccess.Operation.EXPORT.refusal());
        }
        return user;
    }

    private static WorkforceCensus.Requester requester(CurrentUser user, String path) {
        return new WorkforceCensus.Requester(user.username(), AccessLog.Channel.API, path);
    }
}
