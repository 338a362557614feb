package org.opencsc.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Issuing and revoking API tokens, for administrators. A new token is shown on the response to the form, once. */
@Controller
class ApiTokenAdminController {

    static final int DEFAULT_DAYS = 90;

    private final ApiTokens tokens;
    private final AccountAdministration accounts;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ApiTokenAdminController(ApiTokens tokens, AccountAdministration accounts, CurrentUsers currentUsers, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/admin/api-tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("now", Instant.now(clock));
        return "security/api-tokens";
    }

    @GetMapping("/admin/api-tokens/new")
    String form(@RequestParam(required = false) String userId, Model model) {
        return show(userId, null, String.valueOf(DEFAULT_DAYS), false, new FormErrors(), model);
    }

    @PostMapping("/admin/api-tokens")
    String issue(@RequestParam(required = false) String userId, @RequestParam(required = false) String purpose,
                 @RequestParam(required = false) String days, @RequestParam(required = false) String readOnly, Model model) {
        Long user = number(userId);
        Integer lasts = number(days) == null || number(days) > Integer.MAX_VALUE ? null : number(days).intValue();
        FormErrors errors = tokens.problems(user, purpose, lasts);
        if (!errors.isEmpty()) {
            return show(userId, purpose, days, readOnly != null, errors, model);
        }
        ApiTokens.Issued issued = tokens.issue(user, purpose, lasts, readOnly != null, currentUsers.current());
        model.addAttribute("issued", issued);
        model.addAttribute("token", tokens.find(issued.id()).orElseThrow());
        return "security/api-token-issued";
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no API token " + id));
        tokens.revoke(id, currentUsers.current());
        return "redirect:/admin/api-tokens?revoked=" + id;
    }

    private String show(String userId, String purpose, String days, boolean readOnly, FormErrors errors, Model model) {
        model.addAttribute("userId", userId);
        model.addAttribute("purpose", purpose);
        model.addAttribute("days", days);
        model.addAttribute("readOnly", readOnly);
        model.addAttribute("errors", errors);
        // Only integration accounts: a token never acts as a person.
        model.addAttribute("accounts", accounts.all().stream().filter(a -> a.active() && a.integration()).toList());
        return "security/api-token-new";
    }

    /** A whole number as typed, or null when it is not one (the form then says what it needs). */
    private static Long number(String s) {
        return WholeNumber.of(s).orElse(null);
    }
}
