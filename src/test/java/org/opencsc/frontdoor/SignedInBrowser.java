package org.opencsc.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user at a browser: signs in through the real form (session cookie and CSRF token), then
 * gets pages and posts forms. Redirects are not followed, so tests see where they lead.
 */
final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final int port;
    private final HttpClient client;

    record Page(int status, String location, String body) {

        /** The CSRF token from the page's first form. */
        String csrf() {
            Matcher m = CSRF.matcher(body);
            assertThat(m.find()).as("a _csrf input on the page").isTrue();
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        /** The opening tag of the first element matching every given attribute (name="value"). */
        Optional<String> tag(String element, String... attributes) {
            Matcher m = Pattern.compile("<" + element + "\\b[^>]*>").matcher(body);
            outer:
            while (m.find()) {
                String tag = m.group();
                for (String attribute : attributes) {
                    if (!tag.contains(attribute)) {
                        continue outer;
                    }
                }
                return Optional.of(tag);
            }
            return Optional.empty();
        }

        String textarea(String id) {
            Matcher m = Pattern.compile("<textarea[^>]*id=\"" + id + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(body);
            assertThat(m.find()).as("textarea " + id).isTrue();
            return m.group(1);
        }

        /** The table row (or other element) that contains {@code marker}. */
        String rowWith(String marker) {
            int at = body.indexOf(marker);
            assertThat(at).as("page contains " + marker).isNotNegative();
            int start = body.lastIndexOf("<tr", at);
            int end = body.indexOf("</tr>", at);
            assertThat(start).isNotNegative();
            return body.substring(start, end);
        }
    }

    private SignedInBrowser(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static SignedInBrowser signIn(int port, String username) {
        SignedInBrowser browser = new SignedInBrowser(port);
        Page signIn = browser.get("/sign-in");
        assertThat(signIn.status()).isEqualTo(200);
        Page done = browser.post("/sign-in", signIn.csrf(), "username", username, "password", "demo");
        assertThat(done.status()).as("sign-in redirects").isEqualTo(302);
        assertThat(done.location()).as("signed in as " + username).doesNotContain("error");
        return browser;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Posts a form; {@code fields} are name, value pairs (a name may repeat, like checkboxes). */
    Page post(String path, String csrf, String... fields) {
        assertThat(fields.length % 2).isZero();
        StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf));
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    Page post(String path, String csrf, List<String> fields) {
        return post(path, csrf, fields.toArray(String[]::new));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
