package org.opencsc.legal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencsc.childrecord.RecordPages;
import org.opencsc.childrecord.RecordPart;
import org.opencsc.platform.time.LondonTime;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.validation.WholeNumbers;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The letters before proceedings on a child's record: the list with the form to draft one, the
 * draft page (each section beside its plain-English findings), sending, and the preview, which is
 * the very template the PDF is made from.
 */
@Controller
class ProceedingsLetterPagesController {

    private final ProceedingsLetters letters;
    private final RecordPages recordPages;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;

    ProceedingsLetterPagesController(ProceedingsLetters letters, RecordPages recordPages, CurrentUsers currentUsers,
                                     java.time.Clock clock) {
        this.letters = letters;
        this.recordPages = recordPages;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** One box on the draft form: a sibling's pre-proceedings or a recipient. */
    record LetterChoice(long value, String label) {
    }

    @GetMapping("/people/{id}/proceedings-letters")
    String list(@PathVariable long id, HttpServletRequest request, Model model) {
        return showList(id, new Problems(), null, List.of(), List.of(), false, request, model);
    }

    @PostMapping("/people/{id}/proceedings-letters")
    String draft(@PathVariable long id, @RequestParam(required = false) Long preProceedingsId,
                 @RequestParam(required = false) List<Long> sibling, @RequestParam(required = false) List<Long> recipient,
                 @RequestParam(required = false) String offersFgdm, HttpServletRequest request, Model model) {
        List<Long> siblings = sibling == null ? List.of() : sibling;
        List<Long> recipients = recipient == null ? List.of() : recipient;
        boolean fgdm = "true".equals(offersFgdm);
        try {
            long letterId = letters.draft(id, new ProceedingsLetterInput(preProceedingsId, siblings, recipients, fgdm),
                    currentUsers.current(), AccessLog.Channel.WEB);
            return "redirect:/people/" + id + "/proceedings-letters/" + letterId;
        } catch (ValidationException e) {
            return showList(id, new Problems().addAll(e), preProceedingsId, siblings, recipients, fgdm, request, model);
        }
    }

    private String showList(long id, Problems problems, Long ppId, List<Long> siblings, List<Long> recipients, boolean fgdm,
                            HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        List<ProceedingsLetters.LetterSummary> rows = letters.listFor(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        recordPages.prepare(id, RecordPart.SUMMARY, user, request, model);
        boolean drafts = LegalAccess.draftsLetters(user.role()) && Boolean.TRUE.equals(model.getAttribute("canRecord"));
        model.addAttribute("letters", rows);
        ProceedingsLetters.DraftChoices choices = drafts ? letters.choices(id, user, AccessLog.Channel.WEB, request.getRequestURI()) : null;
        model.addAttribute("choices", choices);
        model.addAttribute("siblingOptions", choices == null ? List.of() : choices.siblings().stream()
                .map(s -> new LetterChoice(s.preProceedingsId(), s.name())).toList());
        model.addAttribute("recipientOptions", choices == null ? List.of() : choices.adults().stream()
                .map(a -> new LetterChoice(a.personId(), a.name() + " (" + a.relationshipLabel() + ")")).toList());
        model.addAttribute("chosenPp", ppId);
        model.addAttribute("chosenSiblings", siblings);
        model.addAttribute("chosenRecipients", recipients);
        model.addAttribute("chosenFgdm", fgdm);
        model.addAttribute("errors", problems);
        return "legal/proceedings-letters";
    }

    @GetMapping("/people/{id}/proceedings-letters/{letterId}")
    String show(@PathVariable long id, @PathVariable long letterId, HttpServletRequest request, Model model) {
        ProceedingsLetterView letter = letters.open(id, letterId, currentUsers.current(), AccessLog.Channel.WEB, request.getRequestURI());
        return showLetter(id, letter, letter.sections(), letter.version(), new Problems(), request, model);
    }

    @PostMapping("/people/{id}/proceedings-letters/{letterId}")
    String save(@PathVariable long id, @PathVariable long letterId, @RequestParam(required = false) String version,
                HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        Map<LetterSection, String> typed = typed(request);
        // Read as text so a mangled version is refused on the page with the words kept, not with a bare 400 page.
        Integer formVersion = formVersion(version);
        try {
            letters.save(id, letterId, formVersion, typed, user, AccessLog.Channel.WEB);
            return "redirect:/people/" + id + "/proceedings-letters/" + letterId + "?saved";
        } catch (ValidationException e) {
            ProceedingsLetterView letter = letters.open(id, letterId, user, AccessLog.Channel.WEB, request.getRequestURI());
            return showLetter(id, letter, typed, formVersion, new Problems().addAll(e), request, model);
        } catch (ConflictException e) {
            // Keep what was typed, against the version now saved, so nothing is lost and nothing overwritten unseen.
            ProceedingsLetterView letter = letters.open(id, letterId, user, AccessLog.Channel.WEB, request.getRequestURI());
            return showLetter(id, letter, typed, letter.version(), new Problems().add("version", e.getMessage()), request, model);
        }
    }

    @PostMapping("/people/{id}/proceedings-letters/{letterId}/send")
    String send(@PathVariable long id, @PathVariable long letterId, @RequestParam(required = false) String version,
                @RequestParam(required = false) String overrideReason, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        try {
            letters.send(id, letterId, formVersion(version), overrideReason, user, AccessLog.Channel.WEB);
            return "redirect:/people/" + id + "/proceedings-letters/" + letterId + "?sent";
        } catch (ValidationException | ConflictException e) {
            Problems problems = e instanceof ValidationException v ? new Problems().addAll(v) : new Problems().add("version", e.getMessage());
            ProceedingsLetterView letter = letters.open(id, letterId, user, AccessLog.Channel.WEB, request.getRequestURI());
            model.addAttribute("overrideReason", overrideReason);
            return showLetter(id, letter, letter.sections(), letter.version(), problems, request, model);
        }
    }

    @GetMapping("/people/{id}/proceedings-letters/{letterId}/preview")
    String preview(@PathVariable long id, @PathVariable long letterId, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        ProceedingsLetterView letter = letters.open(id, letterId, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("letter", LetterPage.of(letter, LondonTime.today(clock), user.displayName()));
        return LetterRenderer.TEMPLATE;
    }

    private String showLetter(long id, ProceedingsLetterView letter, Map<LetterSection, String> shown, Integer version,
                              Problems problems, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.current();
        recordPages.prepare(id, RecordPart.SUMMARY, user, request, model);
        Map<LetterSection, String> texts = new EnumMap<>(LetterSection.class);
        for (LetterSection s : LetterSection.values()) {
            texts.put(s, shown.getOrDefault(s, letter.sections().getOrDefault(s, "")));
        }
        model.addAttribute("letter", letter);
        model.addAttribute("texts", texts);
        model.addAttribute("sectionList", new ArrayList<>(List.of(LetterSection.values())));
        model.addAttribute("check", letters.check(letter));
        model.addAttribute("formVersion", version);
        model.addAttribute("drafts", LegalAccess.draftsLetters(user.role()) && Boolean.TRUE.equals(model.getAttribute("canRecord")));
        model.addAttribute("overrides", LegalAccess.overridesPlainEnglish(user.role()));
        model.addAttribute("errors", problems);
        return "legal/proceedings-letter";
    }

    /** The version the form was opened at; null (which the service refuses, naming version) unless a whole number. */
    private static Integer formVersion(String version) {
        return WholeNumbers.intOrEmpty(version).orElse(null);
    }

    private static Map<LetterSection, String> typed(HttpServletRequest request) {
        Map<LetterSection, String> typed = new EnumMap<>(LetterSection.class);
        for (LetterSection s : LetterSection.values()) {
            String value = request.getParameter("sections." + s.name());
            if (value != null) {
                typed.put(s, value);
            }
        }
        return typed;
    }
}
