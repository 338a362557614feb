package org.opencsc.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where Spring Security forwards a refused page request (a role rule such as /admin/**, or a
 * form posted without its CSRF token). Without this mapping the forward found no handler and
 * the refusal was answered 404.
 */
@Controller
class AccessDeniedPageController {

    @RequestMapping("/error/403")
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        return "error";
    }
}
