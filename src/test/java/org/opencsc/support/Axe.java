package org.opencsc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (the org.webjars.npm:axe-core test dependency) inside the page the browser
 * shows and fails on WCAG 2.x A/AA violations of serious or critical impact. The script is
 * injected through WebDriver, which the pages' Content-Security-Policy does not restrict.
 */
public final class Axe {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule broken on the page: the rule, how bad, what it means and where. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " at " + targets;
        }
    }

    /** Every WCAG A/AA violation axe finds on the current page, whatever its impact. */
    public static List<Violation> violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(SOURCE);
        }
        Object result = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done('axe failed: ' + e));
                """, WCAG_TAGS);
        String json = String.valueOf(result);
        assertThat(json).as("axe ran").startsWith("[");
        List<Violation> found = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            List<String> targets = new ArrayList<>();
            v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
            found.add(new Violation(v.get("id").asString(), v.path("impact").asString(""), v.get("help").asString(), targets));
        }
        return found;
    }

    /** Fails, listing each one, if the page has serious or critical WCAG A/AA violations. */
    public static void assertNoSeriousViolations(Browser browser, String page) {
        List<Violation> serious = violations(browser).stream().filter(v -> FAILING_IMPACTS.contains(v.impact())).toList();
        assertThat(serious).as("serious or critical accessibility violations on %s (%s)", page, browser.path()).isEmpty();
    }

    private static String load() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
            if (found.length != 1) {
                throw new IllegalStateException("Expected one axe.min.js on the test classpath, found " + found.length);
            }
            try (InputStream in = found[0].getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
