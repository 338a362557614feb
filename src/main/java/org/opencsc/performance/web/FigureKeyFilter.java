package org.opencsc.performance.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A figure's key in the API's address is lower-case letters, digits and hyphens. One with an
 * encoded percent sign would be refused by Spring Security's firewall with a 400 that names
 * nothing; this answers it first, as every bad API input is answered: problem+json naming
 * {@code key}. (A key that is well formed but unknown is the controller's 404.)
 */
class FigureKeyFilter extends OncePerRequestFilter {

    static final String PREFIX = "/api/v1/performance/figures/";

    /** Registers the filter for the figures' addresses only; the filter itself is no bean, or it would filter everything. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<FigureKeyFilter> figureKeyFilter() {
            FilterRegistrationBean<FigureKeyFilter> registration = new FilterRegistrationBean<>(new FigureKeyFilter());
            registration.addUrlPatterns(PREFIX + "*");
            // After RequestInputFilter (DEFAULT_FILTER_ORDER - 10), before Spring Security.
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        String key = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : "";
        if (key.contains("%")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String message = "key is a figure's key: lower-case letters, digits and hyphens";
            response.getWriter().write("{\"type\":\"https://opencsc.org/problems/invalid-request\",\"title\":\"Invalid request\","
                    + "\"status\":400,\"detail\":\"" + message + "\",\"instance\":\"" + PREFIX + "\","
                    + "\"errors\":[{\"field\":\"key\",\"message\":\"" + message + "\"}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
