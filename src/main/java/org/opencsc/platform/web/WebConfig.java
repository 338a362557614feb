package org.opencsc.platform.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /** Local-authority time: dates on the record are UK dates, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    /** After the character encoding filter (so forms decode as UTF-8), before Spring Security. */
    @Bean
    FilterRegistrationBean<RequestInputFilter> requestInputFilter() {
        FilterRegistrationBean<RequestInputFilter> registration = new FilterRegistrationBean<>(new RequestInputFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
