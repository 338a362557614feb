package org.opencsc.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the embedded PostgreSQL, listening on a random port, with the demo
 * council seeded (its demo users are the test users). Every test class with this annotation
 * shares one Spring context and one database, so tests create their own people and never
 * assume a table is empty. A thread that asks for a second pooled connection while holding one
 * is refused ({@link OneConnectionPerThread}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opencsc.demo-data=true", "logging.level.org.opencsc=WARN"})
@Import(OneConnectionPerThread.class)
public @interface IntegrationTest {
}
