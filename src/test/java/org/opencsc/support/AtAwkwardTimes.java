package org.opencsc.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test once for each of {@link ClockTimes#awkwardTimes()}: the test takes a
 * {@code ZonedDateTime} and sets the {@link TestClock} to it first.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "at {0}")
@MethodSource("org.opencsc.support.ClockTimes#awkwardTimes")
public @interface AtAwkwardTimes {
}
