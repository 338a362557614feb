package org.opencsc.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session on the pages over real HTTP: it keeps cookies, follows no redirects
 * (tests assert them), and signs in through the real form login with the form's CSRF token.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final int port;
    private final HttpClient client;
    private final String forwardedFor;

    public record Page(int status, String location, String body) {

        /** The CSRF token of the first form on the page. */
        public String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("No _csrf input on the page (status " + status + ")");
            }
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        /** The value attribute of the text input called name, unescaped; null when it has none. */
        public String inputValue(String name) {
            Matcher input = Pattern.compile("<input[^>]*\\sname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(body);
            while (input.find()) {
                String tag = input.group();
                if (tag.contains("type=\"text\"")) {
                    Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(tag);
                    return value.find() ? unescape(value.group(1)) : null;
                }
            }
            throw new IllegalStateException("No text input called " + name);
        }

        /** Whether the radio or checkbox with this name and value is checked. */
        public boolean isChecked(String name, String value) {
            return tagFor("input", name, value).contains("checked");
        }

        /** Whether the option with this value in the select called name is selected. */
        public boolean isSelected(String name, String value) {
            Matcher select = Pattern.compile("<select[^>]*\\sname=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
                    Pattern.DOTALL).matcher(body);
            if (!select.find()) {
                throw new IllegalStateException("No select called " + name);
            }
            Matcher option = Pattern.compile("<option[^>]*\\svalue=\"" + Pattern.quote(value) + "\"[^>]*>")
                    .matcher(select.group(1));
            if (!option.find()) {
                throw new IllegalStateException("No option " + value + " in " + name);
            }
            return option.group().contains("selected");
        }

        private String tagFor(String element, String name, String value) {
            Matcher m = Pattern.compile("<" + element + "[^>]*>").matcher(body);
            while (m.find()) {
                String tag = m.group();
                if (tag.contains("name=\"" + name + "\"") && tag.contains("value=\"" + value + "\"")) {
                    return tag;
                }
            }
            throw new IllegalStateException("No " + element + " " + name + "=" + value);
        }

        private static String unescape(String s) {
            return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }

    private PageSession(int port) {
        this(port, null);
    }

    private PageSession(int port, String forwardedFor) {
        this.port = port;
        this.forwardedFor = forwardedFor;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A session that has not signed in. */
    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /**
     * A session from another network address, as a proxy in front of the app reports it
     * (X-Forwarded-For, believed from a loopback proxy): sign-in throttling counts per address.
     */
    public static PageSession from(int port, String address) {
        return new PageSession(port, address);
    }

    /** Signs in as a demo user (password "demo"); fails the test if the sign-in is refused. */
    public static PageSession signedIn(int port, String username) {
        PageSession session = new PageSession(port);
        Page result = session.signIn(username, "demo");
        if (result.status() != 302 || result.location() == null || result.location().contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + result.status() + " " + result.location());
        }
        return session;
    }

    /** The form login: GET /sign-in for the session cookie and token, then POST the form. */
    public Page signIn(String username, String password) {
        String token = get("/sign-in").csrf();
        return post("/sign-in", "username", username, "password", password, "_csrf", token);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** With one more request header, such as an API client's Accept (which a page must not answer with JSON). */
    public Page get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET().build());
    }

    /** Posts a form given as name, value, name, value... (a name may repeat, as checkboxes do). */
    public Page post(String path, String... namesAndValues) {
        return post(path, List.of(namesAndValues));
    }

    public Page post(String path, List<String> namesAndValues) {
        if (namesAndValues.size() % 2 != 0) {
            throw new IllegalArgumentException("Give names and values in pairs");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.size(); i += 2) {
            pairs.add(encode(namesAndValues.get(i)) + "=" + encode(namesAndValues.get(i + 1)));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build());
    }

    /** Posts a multipart form (a file upload), the CSRF token in the address as the census forms send it. */
    public Page post(String path, Multipart form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
                .build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest request) {
        if (forwardedFor != null) {
            request = HttpRequest.newBuilder(request, (n, v) -> true).header("X-Forwarded-For", forwardedFor).build();
        }
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
