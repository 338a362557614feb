package org.opencsc.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals of page requests by the security filters (a URL rule such as /admin for
 * administrators, or a form whose CSRF token no longer matches the session): written to the
 * access log, then answered with a GOV.UK page. A stale form is not a question of role: it was
 * opened in a session that has since ended or been replaced (signed out and in again, timed
 * out), so the page says that and how to carry on, rather than "you do not have access".
 */
final class PageRefusals implements AccessDeniedHandler {

    private final AccessLog accessLog;
    private final AccessDeniedHandlerImpl forbidden = page("/error/403");
    private final AccessDeniedHandlerImpl staleForm = page("/error/session-changed");

    PageRefusals(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    private static AccessDeniedHandlerImpl page(String path) {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(path);
        return handler;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        accessLog.recordRefusal(request, AccessLog.Channel.WEB);
        (e instanceof CsrfException ? staleForm : forbidden).handle(request, response, e);
    }
}
