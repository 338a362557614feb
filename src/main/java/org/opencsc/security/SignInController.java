package org.opencsc.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final UserRepository users;
    private final Clock clock;
    private final boolean demo;

    SignInController(UserRepository users, Clock clock, @Value("${opencsc.demo-data:auto}") String demoData,
                     @Value("${spring.datasource.url:}") String databaseUrl) {
        this.users = users;
        this.clock = clock;
        this.demo = DemoMode.enabled(demoData, databaseUrl);
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            // Spring Security leaves the failed attempt's reason in the session. The message never
            // says whether the username exists: unknown usernames are locked like real ones.
            Object why = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", switch (why) {
                case SignInLockedException locked -> "Too many failed sign-ins for this username or from your network. Try again after "
                        + TIME.format(locked.until().atZone(clock.getZone())) + ", or ask your system administrator to unlock it.";
                // Only after the right password (AccountChecks runs then), so this tells no one but the account's owner.
                case AccessEndedException ended -> "Your access to OpenCSC ended on " + DAY.format(ended.lastDay())
                        + ". If you still need it, ask the council’s system administrator to extend it.";
                case DisabledException closed -> "This account has been closed. Ask your manager or the council’s system"
                        + " administrator if you still need access.";
                case null, default -> "Enter a correct username and password";
            });
        }
        if (demo) {
            // Demo logins are listed only on the embedded demo database, never on a real one.
            model.addAttribute("demoUsers", users.findAll().stream()
                    .filter(u -> DemoMode.LOGINS.contains(u.username())).toList());
        }
        return "security/sign-in";
    }
}
