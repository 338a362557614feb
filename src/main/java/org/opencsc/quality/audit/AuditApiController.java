package org.opencsc.quality.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Audits over JSON. Every write carries the {@code version} last read (409 when someone saved
 * since) and answers with the audit as the writer may now see it.
 */
@ApiController("/api/v1/quality/audits/{id}")
class AuditApiController {

    private final Audits audits;
    private final AuditDrafts drafts;
    private final AuditModerations moderations;
    private final CurrentUsers currentUsers;

    AuditApiController(Audits audits, AuditDrafts drafts, AuditModerations moderations, CurrentUsers currentUsers) {
        this.audits = audits;
        this.drafts = drafts;
        this.moderations = moderations;
        this.currentUsers = currentUsers;
    }

    /** Answers keyed by question id, grades by section id; see {@link AuditDraft} for what a save changes. */
    record DraftRequest(Integer version, Map<String, AuditDraft.Answer> answers, Map<String, String> grades, String overallGrade,
                        List<String> themesFound, String summary) {
    }

    record ReflectionRequest(Integer version, String reflection) {
    }

    record CompleteRequest(Integer version) {
    }

    /** A review of every graded section (keyed by section id) and of the overall grade. */
    record ModerationRequest(Integer version, Map<String, ModerationInput.Review> grades, ModerationInput.Review overall,
                             String comment) {
    }

    @GetMapping
    AuditView get(@PathVariable long id, HttpServletRequest request) {
        return audits.open(id, currentUsers.current(), AccessLog.Channel.API, request.getRequestURI());
    }

    @PutMapping
    AuditView save(@PathVariable long id, @RequestBody DraftRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        drafts.save(id, body.version(), new AuditDraft(body.answers(), body.grades(), body.overallGrade(), body.themesFound(),
                body.summary()), user, AccessLog.Channel.API);
        return audits.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }

    @PutMapping("/reflection")
    AuditView reflect(@PathVariable long id, @RequestBody ReflectionRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        drafts.reflect(id, body.version(), body.reflection(), user, AccessLog.Channel.API);
        return audits.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }

    @PostMapping("/complete")
    AuditView complete(@PathVariable long id, @RequestBody CompleteRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        drafts.complete(id, body.version(), user, AccessLog.Channel.API);
        return audits.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }

    @PostMapping("/moderation")
    AuditView moderate(@PathVariable long id, @RequestBody ModerationRequest body, HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        moderations.moderate(id, body.version(), new ModerationInput(body.grades(), body.overall(), body.comment()), user,
                AccessLog.Channel.API);
        return audits.open(id, user, AccessLog.Channel.API, request.getRequestURI());
    }
}
