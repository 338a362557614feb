package org.opencsc.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Failed sign-ins and the locks they caused, for administrators, who can lift a lock early. */
@Controller
class SignInAdminController {

    static final int FAILURES_SHOWN = 200;

    private final SignInThrottle throttle;
    private final CurrentUsers currentUsers;

    SignInAdminController(SignInThrottle throttle, CurrentUsers currentUsers) {
        this.throttle = throttle;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/admin/sign-ins")
    String signIns(Model model) {
        return show(new FormErrors(), model);
    }

    /**
     * Each lock's Unlock button sends its kind and key. Anything else (an edited or replayed form)
     * is answered on the page with what is wrong, as a 400, and lifts nothing.
     */
    @PostMapping("/admin/sign-ins/unlock")
    String unlock(@RequestParam(required = false) String kind, @RequestParam(required = false) String key, Model model,
                  HttpServletResponse response) {
        SignInThrottle.Kind which = Arrays.stream(SignInThrottle.Kind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        FormErrors errors = new FormErrors();
        if (which == null) {
            errors.add("unlock", "Choose what to unlock with its Unlock button: a username or a network address");
        }
        if (key == null || key.isBlank()) {
            errors.add("unlock", "Choose what to unlock with its Unlock button: the username or address is missing");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(errors, model);
        }
        throttle.unlock(which, key, currentUsers.current().username());
        return "redirect:/admin/sign-ins?unlocked";
    }

    private String show(FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("locks", throttle.locks());
        model.addAttribute("failures", throttle.recentFailures(FAILURES_SHOWN));
        return "security/sign-ins";
    }
}
