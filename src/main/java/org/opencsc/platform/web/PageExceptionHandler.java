package org.opencsc.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.opencsc.platform.validation.ValidationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages: a GOV.UK-styled page with the right status, never a stack trace or a 500 for bad input. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("message", e.getMessage());
        return "platform/web/forbidden";
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("message", e instanceof NotFoundException ? e.getMessage() : "There is no such page or record.");
        return "platform/web/not-found";
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("message", e.getMessage());
        return "platform/web/bad-request";
    }

    @ExceptionHandler({ValidationException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("message", e.getMessage());
        return "platform/web/bad-request";
    }
}
