package org.opencsc.quality.template;

import java.net.URI;
import java.util.List;
import org.opencsc.platform.web.ApiController;
import org.opencsc.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Audit templates over JSON: every current template, one version with its history, a new template, an edit. */
@ApiController("/api/v1/quality/templates")
class TemplateApiController {

    private final AuditTemplates templates;
    private final CurrentUsers currentUsers;

    TemplateApiController(AuditTemplates templates, CurrentUsers currentUsers) {
        this.templates = templates;
        this.currentUsers = currentUsers;
    }

    /** An edit: the template as it should be, and the revision of the version it was made from. */
    record EditRequest(String name, String purpose, String kind, List<TemplateInput.SectionInput> sections, Integer revision) {
    }

    @GetMapping
    List<TemplateVersion> list() {
        return templates.current(currentUsers.current());
    }

    @GetMapping("/{id}")
    AuditTemplate get(@PathVariable long id) {
        return templates.open(id, currentUsers.current());
    }

    @PostMapping
    ResponseEntity<AuditTemplate> create(@RequestBody TemplateInput body) {
        long id = templates.create(body, currentUsers.current());
        return ResponseEntity.created(URI.create("/api/v1/quality/templates/" + id)).body(templates.open(id, currentUsers.current()));
    }

    /** Answers with the version saved: the same id when edited in place, the next version's when this one is in use. */
    @PutMapping("/{id}")
    AuditTemplates.Saved edit(@PathVariable long id, @RequestBody EditRequest body) {
        return templates.edit(id, new TemplateInput(body.name(), body.purpose(), body.kind(), body.sections()), body.revision(),
                currentUsers.current());
    }
}
