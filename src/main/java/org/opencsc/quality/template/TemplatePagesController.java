package org.opencsc.quality.template;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.quality.Agency;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The template pages: the list, one version with its history, a new template and an edit. */
@Controller
class TemplatePagesController {

    private final AuditTemplates templates;
    private final CurrentUsers currentUsers;

    TemplatePagesController(AuditTemplates templates, CurrentUsers currentUsers) {
        this.templates = templates;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/quality/templates")
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("templates", templates.current(user));
        model.addAttribute("canManage", AuditTemplates.canManage(user));
        return "quality/template/list";
    }

    @GetMapping("/quality/templates/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("template", templates.open(id, user));
        model.addAttribute("canManage", AuditTemplates.canManage(user));
        return "quality/template/template";
    }

    @GetMapping("/quality/templates/new")
    String newForm(Model model) {
        AuditTemplates.checkCanManage(currentUsers.current());
        return form(TemplateForm.empty(), null, new Problems(), null, model);
    }

    @PostMapping("/quality/templates/new")
    String create(HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        AuditTemplates.checkCanManage(user);
        TemplateForm form = TemplateForm.read(request);
        if (request.getParameter("more") != null) {
            return form(form.withBlankRows(), null, new Problems(), null, model);
        }
        Problems problems = new Problems();
        try {
            long id = templates.create(form.toInput(), user);
            return "redirect:/quality/templates/" + id + "?saved";
        } catch (ValidationException e) {
            form.addOnPageRows(e, problems);
        }
        return form(form.withBlankRows(), null, problems, null, model);
    }

    @GetMapping("/quality/templates/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        AuditTemplates.checkCanManage(user);
        AuditTemplate t = templates.open(id, user);
        return form(TemplateForm.of(t), t, new Problems(), null, model);
    }

    @PostMapping("/quality/templates/{id}/edit")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        AuditTemplates.checkCanManage(user);
        AuditTemplate t = templates.open(id, user);
        TemplateForm form = TemplateForm.read(request);
        if (request.getParameter("more") != null) {
            return form(form.withBlankRows(), t, new Problems(), null, model);
        }
        Problems problems = new Problems();
        Integer revision = form.revisionOrProblem(problems);
        if (problems.isEmpty()) {
            try {
                AuditTemplates.Saved saved = templates.edit(id, form.toInput(), revision, user);
                return "redirect:/quality/templates/" + saved.id() + (saved.newVersion() ? "?newVersion" : "?saved");
            } catch (ValidationException e) {
                form.addOnPageRows(e, problems);
            } catch (ConflictException e) {
                // Kept as typed, with what happened; the user reopens the template to see the other change.
                return form(form.withBlankRows(), t, problems, e.getMessage(), model);
            }
        }
        return form(form.withBlankRows(), t, problems, null, model);
    }

    private String form(TemplateForm form, AuditTemplate editing, Problems problems, String conflict, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", problems);
        model.addAttribute("conflict", conflict);
        model.addAttribute("kinds", TemplateKind.values());
        model.addAttribute("agencies", Arrays.asList(Agency.values()));
        return "quality/template/edit";
    }
}
