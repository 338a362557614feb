package org.opencsc.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the embedded PostgreSQL, listening on a random port, with the demo
 * council seeded (its demo users are the test users). Every test class with this annotation
 * shares one Spring context and one database, so tests create their own people and never
 * assume a table is empty. The API also accepts JWTs signed with a test key
 * (src/test/resources/security), standing in for a council identity provider.
 *
 * <p>The application's {@code Clock} is a {@link TestClock} (inject it to read or set "now";
 * it is put back to the system clock after every test by {@link TestClockReset}). A test that
 * depends on the time of day runs at {@link AtAwkwardTimes}. A thread that asks for a second
 * pooled connection while holding one is refused ({@link OneConnectionPerThread}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opencsc.demo-data=true", "logging.level.org.opencsc=WARN",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:security/test-jwt-public.pem"})
@Import({TestClockConfiguration.class, OneConnectionPerThread.class})
@ExtendWith(TestClockReset.class)
public @interface IntegrationTest {
}
