package org.opencsc.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Accounts for administrators (the URL rule allows only ADMIN): who is active, until when, and who line-manages whom. */
@Controller
class UserAdminController {

    private final AccountAdministration accounts;
    private final SignInThrottle throttle;
    private final CurrentUsers currentUsers;

    UserAdminController(AccountAdministration accounts, SignInThrottle throttle, CurrentUsers currentUsers) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("locked", throttle.locks().stream()
                .filter(l -> l.kind() == SignInThrottle.Kind.ACCOUNT).map(SignInThrottle.Lock::key).toList());
        return "security/users";
    }

    @GetMapping("/admin/users/integrations/new")
    String newIntegration(Model model) {
        return showIntegration(new AccountAdministration.NewIntegration(null, null, null, null, null, null, null), new FormErrors(), model);
    }

    /** An account for another system; the next step is issuing its API token, so that is where it goes. */
    @PostMapping("/admin/users/integrations")
    String createIntegration(@ModelAttribute AccountAdministration.NewIntegration in, Model model) {
        AccountAdministration.Result result = accounts.createIntegration(in, currentUsers.current());
        if (!result.errors().isEmpty()) {
            return showIntegration(in, result.errors(), model);
        }
        return "redirect:/admin/api-tokens/new?userId=" + result.id();
    }

    private String showIntegration(AccountAdministration.NewIntegration in, FormErrors errors, Model model) {
        model.addAttribute("integration", in);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", AccountAdministration.integrationRoles());
        model.addAttribute("teams", accounts.teams());
        model.addAttribute("inspectorMaxDays", accounts.inspectorMaxDays());
        return "security/integration-new";
    }

    @GetMapping("/admin/users/{id}")
    String form(@PathVariable long id, Model model) {
        AccountAdministration.Account account = account(id);
        var lastDay = accounts.lastDay(account.accessExpiresAt());
        AccountAdministration.Change change = new AccountAdministration.Change(account.active() ? "yes" : "no",
                lastDay == null ? null : String.valueOf(lastDay.getDayOfMonth()),
                lastDay == null ? null : String.valueOf(lastDay.getMonthValue()),
                lastDay == null ? null : String.valueOf(lastDay.getYear()),
                account.lineManagerId() == null ? null : String.valueOf(account.lineManagerId()));
        return show(account, change, new FormErrors(), model);
    }

    @PostMapping("/admin/users/{id}")
    String change(@PathVariable long id, @ModelAttribute AccountAdministration.Change change, Model model) {
        AccountAdministration.Account account = account(id);
        FormErrors errors = accounts.change(id, change, currentUsers.current());
        if (!errors.isEmpty()) {
            return show(account, change, errors, model);
        }
        return "redirect:/admin/users?saved=" + id;
    }

    private String show(AccountAdministration.Account account, AccountAdministration.Change change, FormErrors errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("change", change);
        model.addAttribute("errors", errors);
        model.addAttribute("lineManagers", accounts.possibleLineManagers(account.id()));
        model.addAttribute("inspectorMaxDays", accounts.inspectorMaxDays());
        model.addAttribute("lock", throttle.accountLock(account.username()).orElse(null));
        return "security/user";
    }

    private AccountAdministration.Account account(long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no account " + id));
    }
}
