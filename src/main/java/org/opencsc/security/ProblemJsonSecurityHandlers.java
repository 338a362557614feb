package org.opencsc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** API refusals as RFC 9457 problem+json, the same shape as every other API error. */
@Component
class ProblemJsonSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** Methods that change nothing: a read-only role is refused every other. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Clock clock;
    private final AccessLog accessLog;

    ProblemJsonSecurityHandlers(Clock clock, AccessLog accessLog) {
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail;
        if (e instanceof SignInLockedException locked) {
            long seconds = Math.max(1, Duration.between(Instant.now(clock), locked.until()).toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            detail = "Too many failed sign-ins for this username or from this address: try again after "
                    + TIME.format(locked.until().atZone(clock.getZone())) + " (UK time), or ask an administrator to unlock it.";
        } else if (e instanceof AccessEndedException ended) {
            detail = "This account's access to OpenCSC ended on " + DAY.format(ended.lastDay()) + ".";
        } else if (e instanceof OAuth2AuthenticationException) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            detail = "The bearer token is not valid: it is unknown, has expired or been revoked, or its account may no longer use OpenCSC.";
        } else {
            detail = "Send HTTP Basic credentials of an OpenCSC user, or an API token as a bearer token.";
        }
        if (response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenCSC\", Bearer");
        }
        write(response, HttpStatus.UNAUTHORIZED, "Sign-in required", detail, request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        accessLog.recordRefusal(request, AccessLog.Channel.API);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean readOnlyToken = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ApiAuthentication.READ_ONLY.equals(a.getAuthority()));
        CurrentUser user = CurrentUsers.of(auth);
        String detail;
        if (readOnlyToken) {
            detail = "This API token is read-only: it cannot change anything.";
        } else if (user != null && user.role().readOnly() && !SAFE.contains(request.getMethod())) {
            detail = "Your role is read-only: it cannot change anything through the API.";
        } else {
            detail = "Your role does not allow this.";
        }
        write(response, HttpStatus.FORBIDDEN, "Forbidden", detail, request.getRequestURI());
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
                              String instance) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s","instance":"%s"}"""
                .formatted(title, status.value(), detail, instance.replace("\"", "").replace("\\", "")));
    }
}
