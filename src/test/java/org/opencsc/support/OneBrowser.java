package org.opencsc.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser for a test class, started on first use and closed after the class: the set-up each
 * browser test would otherwise repeat. Register it with {@code @RegisterExtension static OneBrowser
 * browsers = new OneBrowser();} and take {@code browsers.at(port)} in each test.
 */
public final class OneBrowser implements AfterAllCallback {

    private Browser browser;

    /** The class's browser, pointed at this server. */
    public Browser at(int port) {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port);
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
