package org.opencsc.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where Spring Security forwards a refused page request: a role refused (a non-admin at /admin),
 * or a form sent with a CSRF token of a session that has ended or been replaced.
 */
@Controller
class ErrorPagesController {

    @RequestMapping("/error/403")
    String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("message", "Your role does not give you access to this page.");
        return "platform/web/forbidden";
    }

    @RequestMapping("/error/session-changed")
    String sessionChanged(HttpServletResponse response) {
        response.setStatus(403);
        return "platform/web/session-changed";
    }
}
