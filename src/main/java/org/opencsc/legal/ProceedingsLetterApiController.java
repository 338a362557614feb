package org.opencsc.legal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.plainenglish.Finding;
import org.opencsc.plainenglish.Readability;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Letters before proceedings over JSON: draft, read, edit the sections, check, send, and list a child's letters. */
@ApiController("/api/v1/people/{personId}/proceedings-letters")
class ProceedingsLetterApiController {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    private final ProceedingsLetters letters;
    private final CurrentUsers currentUsers;

    ProceedingsLetterApiController(ProceedingsLetters letters, CurrentUsers currentUsers) {
        this.letters = letters;
        this.currentUsers = currentUsers;
    }

    record DraftRequest(@Schema(description = "The child's open pre-proceedings the letter is for (required)") Long preProceedingsId,
                        @Schema(description = "Siblings' open pre-proceedings the same letter is about") List<Long> siblingPreProceedingsIds,
                        @Schema(description = "The parents or carers it is to: adults in the child's family network (at least one)")
                        List<Long> recipientIds,
                        @Schema(description = "Whether the letter offers family group decision making (default false)") Boolean offersFgdm) {
    }

    record SectionsRequest(@Schema(description = "The version of the letter the edit was made to (required)") Integer version,
                           @Schema(description = "Section name (WORRIES, CHANGES, HELP, IF_NOTHING_CHANGES, MEETING, LEGAL_ADVICE) to its "
                                   + "text; sections left out are kept") Map<String, String> sections) {
    }

    record SendRequest(@Schema(description = "The version of the letter checked (required)") Integer version,
                       @Schema(description = "A team manager's reason to send despite blocking findings") String overrideReason) {
    }

    record SectionCheck(Readability readability, List<Finding> findings, boolean blocking) {
    }

    record CheckResponse(Map<LetterSection, SectionCheck> sections, Readability whole, boolean blocking) {
    }

    @Operation(summary = "Drafts a letter before proceedings from the template",
            description = "For the child's open pre-proceedings, and any siblings' (one letter for the group), to the chosen parents "
                    + "or carers, inviting to the next planned pre-proceedings meeting. 400 naming preProceedingsId, "
                    + "siblingPreProceedingsIds, recipientIds or meeting (none planned).")
    @PostMapping
    ResponseEntity<ProceedingsLetterView> draft(@PathVariable long personId, @RequestBody DraftRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        long id = letters.draft(personId, new ProceedingsLetterInput(body.preProceedingsId(), body.siblingPreProceedingsIds(),
                body.recipientIds(), Boolean.TRUE.equals(body.offersFgdm())), user, API);
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/proceedings-letters/" + id))
                .body(letters.open(personId, id, user, API, request.getRequestURI()));
    }

    @Operation(summary = "Lists the child's letters before proceedings, newest first",
            description = "A letter also about a restricted sibling the caller is not named on is left out.")
    @GetMapping
    List<ProceedingsLetters.LetterSummary> list(@PathVariable long personId, HttpServletRequest request) {
        return letters.listFor(personId, currentUsers.current(), API, request.getRequestURI());
    }

    @Operation(summary = "Reads a letter before proceedings", description = "For someone who may see every child on it.")
    @GetMapping("/{letterId}")
    ProceedingsLetterView get(@PathVariable long personId, @PathVariable long letterId, HttpServletRequest request) {
        return letters.open(personId, letterId, currentUsers.current(), API, request.getRequestURI());
    }

    @Operation(summary = "Saves sections of the draft",
            description = "409 when the version is not the letter's current one; 400 naming version or sections.NAME.")
    @PutMapping("/{letterId}/sections")
    ProceedingsLetterView saveSections(@PathVariable long personId, @PathVariable long letterId, @RequestBody SectionsRequest body) {
        Problems problems = new Problems();
        Map<LetterSection, String> sections = new EnumMap<>(LetterSection.class);
        (body.sections() == null ? Map.<String, String>of() : body.sections()).forEach((name, text) -> LetterSection.parse(name)
                .ifPresentOrElse(s -> sections.put(s, text), () -> problems.add("sections." + name,
                        "sections has no section " + name + "; use one of " + List.of(LetterSection.values()))));
        if (body.sections() == null || body.sections().isEmpty()) {
            problems.add("sections", "Send at least one section");
        }
        problems.throwIfAny();
        return letters.save(personId, letterId, body.version(), sections, currentUsers.current(), API);
    }

    @Operation(summary = "Checks the saved letter for plain English",
            description = "Each section's readability and findings (with the words concerned and a suggestion), and the whole letter's "
                    + "readability. Changes nothing.")
    @PostMapping("/{letterId}/check")
    CheckResponse check(@PathVariable long personId, @PathVariable long letterId, HttpServletRequest request) {
        LetterCheck check = letters.check(letters.open(personId, letterId, currentUsers.current(), API, request.getRequestURI()));
        Map<LetterSection, SectionCheck> sections = new LinkedHashMap<>();
        check.sections().forEach((s, r) -> sections.put(s, new SectionCheck(r.readability(), r.findings(), r.blocking())));
        return new CheckResponse(sections, check.whole().readability(), check.blocking());
    }

    @Operation(summary = "Sends the letter as a PDF kept on each child's and recipient's record",
            description = "400 naming sections.NAME (empty, or the template's instruction left in) or overrideReason (blocking "
                    + "findings: only a team manager may send them, with a reason); 409 on a stale version. Resending makes the "
                    + "next version of the same document.")
    @PostMapping("/{letterId}/send")
    ResponseEntity<ProceedingsLetterView.Sent> send(@PathVariable long personId, @PathVariable long letterId,
                                                    @RequestBody SendRequest body) {
        ProceedingsLetterView.Sent sent = letters.send(personId, letterId, body.version(), body.overrideReason(),
                currentUsers.current(), API);
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/documents/" + sent.documentId())).body(sent);
    }
}
