package org.opencsc.plainenglish;

import org.opencsc.platform.validation.Problems;
import org.opencsc.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The jargon list for administrators (/admin/** is theirs alone, SecurityConfig): see every term and add one. */
@Controller
class JargonAdminController {

    static final int MAX_TERM = 60;
    static final int MAX_ALTERNATIVE = 300;

    private final JargonTerms terms;
    private final CurrentUsers currentUsers;

    JargonAdminController(JargonTerms terms, CurrentUsers currentUsers) {
        this.terms = terms;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/admin/plain-english")
    String list(@RequestParam(required = false) String added, Model model) {
        return show(null, null, true, new Problems(), added, model);
    }

    @PostMapping("/admin/plain-english")
    String add(@RequestParam(required = false) String term, @RequestParam(required = false) String plainAlternative,
               @RequestParam(required = false) String blocking, Model model) {
        Problems problems = new Problems();
        String t = term == null ? "" : term.strip();
        String alternative = plainAlternative == null ? "" : plainAlternative.strip();
        if (t.isEmpty()) {
            problems.add("term", "Enter the term");
        } else if (t.length() < 2 || t.length() > MAX_TERM) {
            problems.add("term", "The term must be from 2 to " + MAX_TERM + " characters");
        } else if (t.codePoints().noneMatch(Character::isLetterOrDigit) || t.codePoints().anyMatch(Character::isISOControl)) {
            problems.add("term", "The term must be words, letters or numbers, like \"care plan\" or \"S47\"");
        } else if (terms.exists(t)) {
            problems.add("term", "\"" + t + "\" is already on the list");
        }
        if (alternative.isEmpty()) {
            problems.add("plainAlternative", "Enter the plain alternative");
        } else if (alternative.length() > MAX_ALTERNATIVE) {
            problems.add("plainAlternative", "The plain alternative must be " + MAX_ALTERNATIVE + " characters or fewer");
        }
        // The box sends "yes" when ticked and nothing when not: anything else is not a choice the page offered.
        if (blocking != null && !"yes".equals(blocking)) {
            problems.add("blocking", "Tick the box if the term must be fixed before a letter is sent, or leave it clear");
        }
        if (!problems.isEmpty()) {
            return show(term, plainAlternative, "yes".equals(blocking), problems, null, model);
        }
        terms.add(t, alternative, blocking != null, currentUsers.current().id());
        return "redirect:/admin/plain-english?added=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String show(String term, String plainAlternative, boolean blocking, Problems errors, String added, Model model) {
        model.addAttribute("terms", terms.all());
        model.addAttribute("term", term);
        model.addAttribute("plainAlternative", plainAlternative);
        model.addAttribute("blocking", blocking);
        model.addAttribute("errors", errors);
        model.addAttribute("added", added);
        return "plainenglish/terms";
    }
}
