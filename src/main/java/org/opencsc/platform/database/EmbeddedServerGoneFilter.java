package org.opencsc.platform.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once the embedded PostgreSQL's process has died (killed, out of memory), every request would
 * wait the pool's whole connection timeout for a connection that cannot come. OpenCSC does not
 * restart the server itself (it must be restarted, which also recovers the data), so requests
 * are refused at once: pages and the API with the 503 "The database is not available" of
 * platform.web.ErrorResponses, the health check with DOWN. Static files still load, so that
 * page is styled.
 */
class EmbeddedServerGoneFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/webjars/", "/assets/", "/css/", "/js/", "/favicon");

    private final BooleanSupplier serverGone;

    EmbeddedServerGoneFilter(BooleanSupplier serverGone) {
        this.serverGone = serverGone;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!serverGone.getAsBoolean() || STATIC.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/actuator/health")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":\"DOWN\"}");
            return;
        }
        throw new CannotGetJdbcConnectionException("The embedded PostgreSQL server has stopped; restart OpenCSC");
    }
}
