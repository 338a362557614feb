package org.opencsc.quality.round;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Audit rounds over JSON: preview a filter, make a round (drawn or by hand), read, staff and close it. */
@ApiController("/api/v1/quality/rounds")
class RoundApiController {

    private final AuditRounds rounds;
    private final CurrentUsers currentUsers;

    RoundApiController(AuditRounds rounds, CurrentUsers currentUsers) {
        this.rounds = rounds;
        this.currentUsers = currentUsers;
    }

    record PreviewRequest(SampleFilter filter) {
    }

    /** How many children the filter finds today. */
    record PreviewResponse(int eligible) {
    }

    record CreateRequest(String title, String kind, String theme, Long templateId, LocalDate dueOn, String selection,
                         SampleFilter filter, Integer sampleSize, Long seed, List<Long> personIds) {
    }

    record AuditorRequest(Long auditorId, Integer version) {
    }

    record PartnerRequest(Long userId, String agency, LocalDate lastDay) {
    }

    record CloseRequest(Integer version) {
    }

    @PostMapping("/preview")
    PreviewResponse preview(@RequestBody PreviewRequest body) {
        return new PreviewResponse(rounds.preview(body.filter() == null ? SampleFilter.NONE : body.filter(), currentUsers.current()));
    }

    /** 201 with the round: its id and its audits ({id, personId}, in the order drawn), the draw's filter, eligible ids, size and seed. */
    @PostMapping
    ResponseEntity<Round> create(@RequestBody CreateRequest b) {
        CurrentUser user = currentUsers.current();
        long id = rounds.create(new RoundInput(b.title(), b.kind(), b.theme(), b.templateId(), b.dueOn(), b.selection(), b.filter(),
                b.sampleSize(), b.seed(), b.personIds()), user);
        return ResponseEntity.created(URI.create("/api/v1/quality/rounds/" + id)).body(rounds.open(id, user));
    }

    @GetMapping
    List<RoundSummary> list() {
        return rounds.list(currentUsers.current());
    }

    @GetMapping("/{id}")
    Round get(@PathVariable long id) {
        return rounds.open(id, currentUsers.current());
    }

    /** The draw repeated from the round's kept eligible children, size and seed. */
    @GetMapping("/{id}/draw-again")
    AuditRounds.Redraw drawAgain(@PathVariable long id) {
        return rounds.drawAgain(id, currentUsers.current());
    }

    @PutMapping("/{id}/audits/{auditId}/auditor")
    Round assignAuditor(@PathVariable long id, @PathVariable long auditId, @RequestBody AuditorRequest body) {
        CurrentUser user = currentUsers.current();
        rounds.assignAuditor(id, auditId, body.auditorId(), body.version(), user);
        return rounds.open(id, user);
    }

    @PostMapping("/{id}/partners")
    Round addPartner(@PathVariable long id, @RequestBody PartnerRequest body) {
        CurrentUser user = currentUsers.current();
        rounds.addPartner(id, body.userId(), body.agency(), body.lastDay(), user);
        return rounds.open(id, user);
    }

    @PostMapping("/{id}/close")
    Round close(@PathVariable long id, @RequestBody CloseRequest body) {
        CurrentUser user = currentUsers.current();
        rounds.close(id, body.version(), user);
        return rounds.open(id, user);
    }
}
