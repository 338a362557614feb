package org.opencsc.returns.annexa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ApiController;
import org.opencsc.returns.AnnexAAccess;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Annex A over HTTP: the workbook for an inspection date, or one list as CSV. Who may is
 * {@link AnnexAAccess}; every download is in the access log with the date, the lists and the
 * children listed.
 */
@ApiController("/api/v1/returns/annex-a")
class AnnexAApiController {

    private final AnnexAReturn annexA;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AnnexAApiController(AnnexAReturn annexA, CurrentUsers currentUsers, Clock clock) {
        this.annexA = annexA;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Operation(summary = "Ofsted Annex A for an inspection date (senior leaders, data officers and inspectors)",
            description = "The workbook (XLSX): one sheet per list, 1 Contacts to 11 Adopters, in the template's column "
                    + "order, the header row bold and frozen, dates as dates. With format=csv and list=N, that list as "
                    + "RFC 4180 CSV in UTF-8 (dates DD/MM/YYYY, a text value starting = + - @ prefixed with '). Children "
                    + "are listed by their unique ID (the census LAchildID, else the record id), restricted ones "
                    + "included. Lists 8 to 11 (looked after, care leavers, adoption, adopters) have headings only: "
                    + "OpenCSC does not record them yet. Written to the access log with the date, the lists and every "
                    + "child listed.",
            responses = @ApiResponse(responseCode = "200", description = "The workbook, or one list as CSV",
                    content = {@Content(mediaType = AnnexAPagesController.XLSX,
                            schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    @GetMapping
    void download(@Parameter(description = "The inspection date, YYYY-MM-DD, today or earlier; today when absent",
                          example = "2026-11-30")
                  @RequestParam(name = "date", required = false) String date,
                  @Parameter(description = "xlsx (the default) or csv", example = "csv",
                          schema = @Schema(allowableValues = {"xlsx", "csv"}))
                  @RequestParam(name = "format", required = false) String format,
                  @Parameter(description = "With format=csv: the list, 1 to 11", example = "3")
                  @RequestParam(name = "list", required = false) String list,
                  HttpServletResponse response) throws IOException {
        CurrentUser user = currentUsers.current();
        if (!AnnexAAccess.canDownload(user.role())) {
            throw new AccessDeniedException(AnnexAAccess.REFUSAL);
        }
        LocalDate chosen = InspectionDate.parse(date, clock);
        boolean csv = csv(format);
        AnnexList chosenList = list(list, csv);
        AnnexAReturn.Requester requester = new AnnexAReturn.Requester(user.username(), AccessLog.Channel.API,
                "/api/v1/returns/annex-a");
        if (csv) {
            annexA.writeCsv(chosen, chosenList, requester, () -> AnnexAPagesController.open(response,
                    AnnexAPagesController.CSV, AnnexAFiles.csvName(chosen, chosenList)));
        } else {
            annexA.writeWorkbook(chosen, requester, () -> AnnexAPagesController.open(response,
                    AnnexAPagesController.XLSX, AnnexAFiles.workbookName(chosen)));
        }
    }

    private static boolean csv(String format) {
        if (format == null || format.isBlank() || format.strip().equals("xlsx")) {
            return false;
        }
        if (format.strip().equals("csv")) {
            return true;
        }
        throw new ValidationException("format", "Give format as xlsx (the workbook, the default) or csv (one list)");
    }

    private AnnexList list(String list, boolean csv) {
        if (!csv) {
            if (list != null) {
                throw new ValidationException("list", "The workbook has every list: give list only with format=csv");
            }
            return null;
        }
        int count = annexA.lists().size();
        if (list == null || list.isBlank()) {
            throw new ValidationException("list", "Give the list to download as CSV, 1 to " + count);
        }
        String n = list.strip();
        return (n.matches("[0-9]{1,2}") ? annexA.lists().stream().filter(l -> l.number() == Integer.parseInt(n)).findFirst()
                : java.util.Optional.<AnnexList>empty())
                .orElseThrow(() -> new ValidationException("list", "There is no list ‘" + shown(n) + "’: give 1 to " + count));
    }

    private static String shown(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
