package org.opencsc.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Resets the {@link TestClock} before and after every test, so a test that fixes the time
 * cannot leak it into the next one (tests share one context, and so one clock).
 */
public class TestClockReset implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        clock(context).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clock(context).reset();
    }

    private static TestClock clock(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(TestClock.class);
    }
}
