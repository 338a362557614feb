package org.opencsc.quality.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.quality.Grade;
import org.opencsc.quality.Theme;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page (the form with the child's story beside it, the worker's reflection, the
 * moderation as kept) and the moderation page. A refused save shows the page again with the
 * error summary and everything typed; a stale one says someone else saved first.
 */
@Controller
class AuditPagesController {

    private final Audits audits;
    private final AuditDrafts drafts;
    private final AuditModerations moderations;
    private final CurrentUsers currentUsers;

    AuditPagesController(Audits audits, AuditDrafts drafts, AuditModerations moderations, CurrentUsers currentUsers) {
        this.audits = audits;
        this.drafts = drafts;
        this.moderations = moderations;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/quality/audits/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        return page(id, (AuditForm) null, new Problems(), request, model);
    }

    @PostMapping("/quality/audits/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        AuditForm form = AuditForm.typed(params);
        Problems problems = new Problems();
        Integer version = form.version(problems);
        AuditDraft draft = form.draft(problems);
        boolean complete = "complete".equals(form.value("action"));
        if (problems.isEmpty()) {
            try {
                if (complete) {
                    drafts.saveAndComplete(id, version, draft, currentUsers.current(), AccessLog.Channel.WEB);
                    return "redirect:/quality/audits/" + id + "?completed";
                }
                drafts.save(id, version, draft, currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/quality/audits/" + id + "?saved";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("version", e.getMessage());
            }
        }
        return page(id, form, problems, request, model);
    }

    @PostMapping("/quality/audits/{id}/reflection")
    String reflect(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                   Model model) {
        AuditForm form = AuditForm.typed(params);
        Problems problems = new Problems();
        Integer version = form.version(problems);
        if (problems.isEmpty()) {
            try {
                drafts.reflect(id, version, form.value("reflection"), currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/quality/audits/" + id + "?reflected";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("version", e.getMessage());
            }
        }
        // The audit's own fields as they stand, with the reflection as typed.
        return page(id, v -> AuditForm.of(v).withReflection(form.value("reflection")), problems, request, model);
    }

    @GetMapping("/quality/audits/{id}/moderation")
    String moderation(@PathVariable long id, HttpServletRequest request, Model model) {
        return moderationPage(id, null, new Problems(), request, model);
    }

    @PostMapping("/quality/audits/{id}/moderation")
    String moderate(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                    Model model) {
        AuditForm form = AuditForm.typed(params);
        Problems problems = new Problems();
        Integer version = form.version(problems);
        if (problems.isEmpty()) {
            try {
                moderations.moderate(id, version, form.moderation(), currentUsers.current(), AccessLog.Channel.WEB);
                return "redirect:/quality/audits/" + id + "?moderated";
            } catch (ValidationException e) {
                problems.addAll(e);
            } catch (ConflictException e) {
                problems.add("version", e.getMessage());
            }
        }
        return moderationPage(id, form, problems, request, model);
    }

    private String page(long id, AuditForm form, Problems problems, HttpServletRequest request, Model model) {
        return page(id, v -> form == null ? AuditForm.of(v) : form, problems, request, model);
    }

    /** {@code form}: what the form shows, from the audit as this user sees it. */
    private String page(long id, Function<AuditView, AuditForm> form, Problems problems, HttpServletRequest request, Model model) {
        AuditView view = common(id, request, model);
        model.addAttribute("form", form.apply(view));
        model.addAttribute("errors", problems);
        model.addAttribute("themes", Theme.values());
        return "quality/audit/audit";
    }

    private String moderationPage(long id, AuditForm form, Problems problems, HttpServletRequest request, Model model) {
        AuditView view = common(id, request, model);
        model.addAttribute("form", form == null ? AuditForm.of(view) : form);
        model.addAttribute("errors", problems);
        return "quality/audit/moderation";
    }

    private AuditView common(long id, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        AuditView view = audits.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("view", view);
        model.addAttribute("story", audits.story(view.audit().personId(), user, AccessLog.Channel.WEB, request.getRequestURI()));
        model.addAttribute("grades", Grade.values());
        return view;
    }
}
