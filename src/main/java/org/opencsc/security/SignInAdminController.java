package org.opencsc.security;

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
        model.addAttribute("locks", throttle.locks());
        model.addAttribute("failures", throttle.recentFailures(FAILURES_SHOWN));
        return "security/sign-ins";
    }

    @PostMapping("/admin/sign-ins/unlock")
    String unlock(@RequestParam SignInThrottle.Kind kind, @RequestParam String key) {
        throttle.unlock(kind, key, currentUsers.current().username());
        return "redirect:/admin/sign-ins?unlocked";
    }
}
