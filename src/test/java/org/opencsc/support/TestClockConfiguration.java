package org.opencsc.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts the {@link TestClock} in front of the application's own clock bean (Spring Boot refuses
 * to override a bean, so this one is primary: everything that injects a {@code Clock} gets it).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
