package org.opencsc.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.FieldAccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error as RFC 9457 problem+json. Bad input is a 400 whose {@code errors} list
 * names each field as the client wrote it ({@code address.postcode}, {@code needs[0]}, a query
 * or path parameter's name) and says what is wrong with it; an unexpected failure is logged
 * and answered without internals. What no API controller got to handle (an unknown address,
 * a refused method) is answered by {@link ErrorResponses} in the same shape.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final AccessLog accessLog;

    ApiExceptionHandler(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e, HandlerMethod handler) {
        return validationProblem(ReportedFields.inJsonNames(e.problems(), handler));
    }

    static ProblemDetail validationProblem(List<FieldProblem> problems) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? problems.getFirst().message() : problems.size() + " fields need correcting");
        p.setTitle("Invalid request");
        p.setType(URI.create("https://opencsc.org/problems/invalid-request"));
        p.setProperty("errors", errors(problems));
        return p;
    }

    static List<Map<String, String>> errors(List<FieldProblem> problems) {
        return problems.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList();
    }

    /** Every refusal is in the access log: here, unless it was logged with its record where it was decided. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request, HandlerMethod handler) {
        accessLog.recordRefusal(request, AccessLog.Channel.API);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Forbidden");
        if (e instanceof FieldAccessDeniedException f) {
            // The role may send this request, not this value: the field is named as the client wrote it.
            p.setProperty("errors", errors(ReportedFields.inJsonNames(List.of(f.problem()), handler)));
        }
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Conflict");
        return p;
    }

    /** A path variable or query parameter that does not convert: {@code /people/abc}, {@code ?limit=1.5}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(new FieldProblem(e.getName(),
                "‘" + shown(e.getValue()) + "’ is not a valid " + e.getName() + ": it " + expected(e.getRequiredType()))));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        if (DatabaseUnavailable.causedIt(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected API failure", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.");
        p.setTitle("Server error");
        return p;
    }

    /** Not a bug of ours or the client's: the database's server has stopped or cannot be reached. */
    static ProblemDetail databaseUnavailable(RuntimeException e) {
        log.error("The database is not available: {}", e.getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
        p.setTitle("The database is not available");
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(unreadable(ex))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(ex.getParameterName(),
                "Give the " + ex.getParameterName() + " parameter"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
                                                               HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(ex.getVariableName(),
                "Give the " + ex.getVariableName() + " in the address"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = ex.getPropertyName() == null ? "request" : ex.getPropertyName();
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(field,
                "‘" + shown(ex.getValue()) + "’ is not a valid " + field + ": it " + expected(ex.getRequiredType())))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(withErrors(ex.getBody(), List.of(wrongContentType())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .body(withErrors(ex.getBody(), List.of(wrongMethod(ex))));
    }

    /** A request that is not JSON is refused on its Content-Type, named as the header it came in. */
    static FieldProblem wrongContentType() {
        return new FieldProblem("Content-Type", "Send the body as application/json");
    }

    static FieldProblem wrongMethod(HttpRequestMethodNotSupportedException e) {
        return new FieldProblem("method", e.getMethod() + " is not allowed at this address"
                + (e.getSupportedMethods() == null ? "" : "; it takes " + String.join(", ", e.getSupportedMethods())));
    }

    static ProblemDetail withErrors(ProblemDetail p, List<FieldProblem> problems) {
        p.setProperty("errors", errors(problems));
        return p;
    }

    /** The JSON field Jackson could not read, and why, in words a client can act on. */
    private static FieldProblem unreadable(HttpMessageNotReadableException ex) {
        if (!(ex.getCause() instanceof JacksonException e)) {
            return new FieldProblem(JsonFieldNames.BODY, "Send a JSON body with this request");
        }
        String field = JsonFieldNames.of(e.getPath());
        if (e instanceof StreamConstraintsException) {
            return new FieldProblem(field, field + " is too long or too deeply nested");
        }
        if (e instanceof InputCoercionException c) {
            return new FieldProblem(field, field + " is too large: it " + expected(c.getTargetType()));
        }
        if (e instanceof StreamReadException && e.getPath().isEmpty()) {
            if (e.processor() instanceof JsonParser parser) {
                field = JsonFieldNames.of(parser.streamReadContext());
            }
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (original.startsWith("Duplicate")) {
                return new FieldProblem(field, field + " is given twice: send it once");
            }
            return new FieldProblem(field, "The request body is not valid JSON" + where);
        }
        if (e instanceof InvalidNullException) {
            return new FieldProblem(field, field + " must not be null: leave it out, or give a value");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == LocalDate.class) {
            return new FieldProblem(field, f.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m) {
            return new FieldProblem(field, (field.equals(JsonFieldNames.BODY) ? "The request body" : field) + " "
                    + expected(m.getTargetType()));
        }
        return new FieldProblem(field, field + " is not valid here");
    }

    /** What a value of this Java type looks like in JSON, as "must be ...". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "is not of the right type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be text, in quotes";
        }
        if (type == LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (type == java.time.LocalTime.class) {
            return "must be a time of day in the form HH:mm, for example 14:30";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be a JSON object";
    }

    /** A rejected value as it can be echoed back: short, and without what could not be shown. */
    private static String shown(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
