package org.opencsc.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencsc.person.PersonRepository;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/** A person's documents over the API: list, upload (multipart), download and withdraw, with the page's checks. */
@ApiController("/api/v1/people/{id}/documents")
class DocumentApiController {

    record WithdrawalRequest(String reason) {
    }

    private final Documents documents;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final CurrentUsers currentUsers;

    DocumentApiController(Documents documents, PersonRepository people, AccessPolicy access, CurrentUsers currentUsers) {
        this.documents = documents;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @Operation(summary = "The documents on a person's record, newest first (a document also about someone you may not see is left out)")
    @GetMapping
    List<DocumentListing> list(@PathVariable long id, HttpServletRequest request) {
        exists(id);
        CurrentUser user = currentUsers.current();
        access.checkAndLogView(user, id, AccessLog.Channel.API, request.getRequestURI());
        return documents.listFor(id, user);
    }

    @Operation(summary = "Uploads a document (multipart: kind, title, documentDate as YYYY-MM-DD, file); checked by its content")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Long>> upload(@PathVariable long id,
                                             @Parameter(description = "PARTNER_REPORT, SIGNED_CONSENT, COURT_DOCUMENT, ASSESSMENT_REPORT, CORRESPONDENCE or OTHER")
                                             @RequestParam(required = false) String kind,
                                             @RequestParam(required = false) String title,
                                             @Parameter(description = "The date the document bears", example = "2026-04-17")
                                             @RequestParam(required = false) String documentDate,
                                             @RequestPart(name = "file", required = false) MultipartFile file,
                                             HttpServletRequest request) throws IOException {
        exists(id);
        CurrentUser user = currentUsers.current();
        access.checkCanRecord(user, id, AccessLog.Channel.API, request.getRequestURI());
        Problems problems = new Problems();
        LocalDate date = DateParts.fromIso(documentDate, "documentDate", "documentDate", problems);
        if (date == null && !problems.has("documentDate")) {
            problems.add("documentDate", "documentDate is required (YYYY-MM-DD)");
        }
        if (file == null) {
            problems.add("file", "file is required");
        }
        byte[] content = file == null ? new byte[0]
                : file.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, documents.maxBytes() + 1));
        Documents.Upload upload = new Documents.Upload(kind, title, date, file == null ? "x" : file.getOriginalFilename(),
                file == null ? new byte[]{'x'} : content);
        documents.check(upload, problems);
        problems.throwIfAny();
        long docId = documents.upload(id, upload, user, AccessLog.Channel.API, request.getRequestURI());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/documents/" + docId + "/content"))
                .body(Map.of("id", docId));
    }

    @Operation(summary = "The document's file, for those who may see every person it is about (logged)")
    @GetMapping("/{docId}/content")
    ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long docId, HttpServletRequest request) {
        exists(id);
        return DocumentResponses.attachment(documents.download(id, docId, currentUsers.current(), AccessLog.Channel.API,
                request.getRequestURI()));
    }

    @Operation(summary = "Withdraws a wrong document with a reason; it stays on the record, marked withdrawn. Only the person who added it, or a team manager, may (403 otherwise)")
    @PostMapping("/{docId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long docId, @RequestBody WithdrawalRequest body,
                                  HttpServletRequest request) {
        exists(id);
        documents.withdraw(id, docId, body == null ? null : body.reason(), currentUsers.current(), AccessLog.Channel.API,
                request.getRequestURI());
        return ResponseEntity.noContent().build();
    }

    /** The row is there but its file is missing or changed on disk: said plainly, logged by the store's caller, not a 500. */
    @ExceptionHandler(DocumentStore.Unavailable.class)
    ProblemDetail unavailable(DocumentStore.Unavailable e) {
        DocumentStore.logUnavailable(e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setTitle("Document unavailable");
        return p;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                tooLarge ? "The file is larger than the largest a document may be" : "The upload could not be read");
        p.setTitle(tooLarge ? "File too large" : "Invalid request");
        p.setType(URI.create("https://opencsc.org/problems/invalid-request"));
        p.setProperty("errors", List.of(Map.of("field", "file", "message", p.getDetail())));
        return p;
    }

    private void exists(long id) {
        people.find(id).orElseThrow(() -> new NotFoundException("There is no such person"));
    }
}
