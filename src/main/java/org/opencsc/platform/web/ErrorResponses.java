package org.opencsc.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.opencsc.platform.validation.FieldProblem;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever reaches the servlet container's error page (an unknown address, a method or
 * content type no handler takes, a refusal by {@link RequestInputFilter}, an unhandled
 * failure, a database that cannot be reached, which is a 503): problem+json for an /api address, a GOV.UK page for any other, whatever the
 * client's Accept header says. Spring Boot's own error controller, which answered pages with
 * bare JSON, stands aside for this one.
 */
@Controller
class ErrorResponses implements ErrorController {

    /** Request attribute: the field problems behind a 400 or 413 sent before any controller ran. */
    static final String PROBLEMS = ErrorResponses.class.getName() + ".problems";

    private final JsonMapper json;
    private final ErrorAttributes errorAttributes;

    ErrorResponses(JsonMapper json, ErrorAttributes errorAttributes) {
        this.json = json;
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        @SuppressWarnings("unchecked")
        List<FieldProblem> problems = (List<FieldProblem>) request.getAttribute(PROBLEMS);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        boolean databaseUnavailable = DatabaseUnavailable.causedIt(error);
        HttpStatus status = databaseUnavailable ? HttpStatus.SERVICE_UNAVAILABLE : status(request);
        String detail = databaseUnavailable ? DatabaseUnavailable.MESSAGE : detail(request, error, status, problems);
        response.setStatus(status.value());
        if (uri != null && (uri.equals("/api") || uri.startsWith("/api/"))) {
            // No API controller took the request, so these are named here: the method, or the body's type.
            if (problems == null && error instanceof HttpRequestMethodNotSupportedException e) {
                problems = List.of(ApiExceptionHandler.wrongMethod(e));
            } else if (problems == null && error instanceof HttpMediaTypeNotSupportedException) {
                problems = List.of(ApiExceptionHandler.wrongContentType());
            }
            ProblemDetail p = problems != null && status == HttpStatus.BAD_REQUEST
                    ? ApiExceptionHandler.validationProblem(problems)
                    : ProblemDetail.forStatusAndDetail(status, detail);
            if (problems != null && status != HttpStatus.BAD_REQUEST) {
                p.setProperty("errors", ApiExceptionHandler.errors(problems));
            }
            if (databaseUnavailable) {
                p.setTitle("The database is not available");
            }
            p.setInstance(URI.create(uri.replace("\"", "")));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), p);
            return null;
        }
        ModelAndView page = new ModelAndView(databaseUnavailable ? "platform/web/database-unavailable" : view(status));
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", detail);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        // Asked for /error itself: there is nothing here.
        return status == null || status.value() < 400 ? HttpStatus.NOT_FOUND : status;
    }

    private static String view(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "platform/web/not-found";
        }
        if (status == HttpStatus.FORBIDDEN) {
            return "platform/web/forbidden";
        }
        return status.is4xxClientError() ? "platform/web/bad-request" : "error";
    }

    private static String detail(HttpServletRequest request, Throwable error, HttpStatus status, List<FieldProblem> problems) {
        if (problems != null && !problems.isEmpty()) {
            return problems.getFirst().message();
        }
        if (error instanceof ErrorResponse e && e.getBody().getDetail() != null && status.is4xxClientError()
                && status != HttpStatus.NOT_FOUND) {
            return e.getBody().getDetail();
        }
        return switch (status) {
            case NOT_FOUND -> "There is no page at this address. If you typed it, check it is correct; if you pasted it, "
                    + "check you copied all of it.";
            case METHOD_NOT_ALLOWED -> "This address does not take a " + request.getMethod() + " request.";
            case FORBIDDEN -> "Your role does not give you access to this page.";
            case UNAUTHORIZED -> "Sign in first.";
            default -> status.is5xxServerError() ? "Something went wrong on our side. It has been logged; please try again."
                    : "The request could not be completed (" + status.value() + " " + status.getReasonPhrase() + ").";
        };
    }
}
