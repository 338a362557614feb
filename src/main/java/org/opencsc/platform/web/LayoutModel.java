package org.opencsc.platform.web;

import org.opencsc.security.CurrentUser;
import org.opencsc.security.CurrentUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, for the name and the role's menu. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final CurrentUsers currentUsers;

    LayoutModel(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("signedIn")
    CurrentUser signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            // Password sign-ins carry the user already; OIDC sign-ins are looked up by name.
            return currentUsers.current();
        } catch (AuthenticationException e) {
            return null;
        }
    }
}
