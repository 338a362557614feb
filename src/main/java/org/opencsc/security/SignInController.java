package org.opencsc.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final UserRepository users;
    private final boolean demo;

    SignInController(UserRepository users, @Value("${opencsc.demo-data:auto}") String demoData,
                     @Value("${spring.datasource.url:}") String databaseUrl) {
        this.users = users;
        this.demo = DemoMode.enabled(demoData, databaseUrl);
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        if (demo) {
            // Demo logins are listed only on the embedded demo database, never on a real one.
            model.addAttribute("demoUsers", users.findAll().stream()
                    .filter(u -> DemoMode.LOGINS.contains(u.username())).toList());
        }
        return "security/sign-in";
    }
}
