package org.opencsc.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages: a GOV.UK-styled page with the right status, never a stack trace or a 500 for bad input. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final AccessLog accessLog;

    PageExceptionHandler(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** Every refusal is in the access log: here, unless it was logged with its record where it was decided. */
    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        accessLog.recordRefusal(request, AccessLog.Channel.WEB);
        response.setStatus(403);
        model.addAttribute("message", e.getMessage());
        return "platform/web/forbidden";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return notFound(e.getMessage(), model, response);
    }

    /** A record id in the address that is not a number names no page; a bad query parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound("There is no such page or record.", model, response);
        }
        return badRequest("‘" + shown(e.getValue()) + "’ is not a valid " + e.getName() + ".", model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("message", e.getMessage());
        return "platform/web/bad-request";
    }

    @ExceptionHandler({ValidationException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        return badRequest(e.getMessage(), model, response);
    }

    /** A form field bound to a number or a list of ids that was sent as something else ({@code version=1.5}). */
    @ExceptionHandler(BindException.class)
    String unbindable(BindException e, Model model, HttpServletResponse response) {
        FieldError error = e.getFieldError();
        String message = error == null ? "The form could not be read. Go back and try again."
                : "‘" + shown(error.getRejectedValue()) + "’ is not a valid " + error.getField() + ".";
        return badRequest(message, model, response);
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    String unreadable(ServletRequestBindingException e, Model model, HttpServletResponse response) {
        return badRequest("The request could not be read: " + e.getBody().getDetail(), model, response);
    }


    private static String notFound(String message, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("message", message);
        return "platform/web/not-found";
    }

    private static String badRequest(String message, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("message", message);
        return "platform/web/bad-request";
    }

    private static String shown(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
