package org.opencsc.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client on loopback: either a browser-like session signed in through the form
 * login (session cookie and CSRF token), or an API caller sending HTTP Basic on every request.
 */
final class WebSession {

    /** location is the Location header of a redirect, or "". */
    record Response(int status, String body, String location) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String cookie;
    private String basic;

    private WebSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in as a browser would: GET the form for a session and CSRF token, then POST it. */
    static WebSession signIn(int port, String username, String password) {
        WebSession s = new WebSession(port);
        HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(s.base + "/sign-in")).GET().build());
        s.keepSessionCookie(form);
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find() || s.cookie == null) {
            throw new IllegalStateException("No sign-in form with a CSRF token and session: HTTP " + form.statusCode());
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = s.send(HttpRequest.newBuilder(URI.create(s.base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", s.cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        s.keepSessionCookie(signedIn); // the session id changes on sign-in
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: HTTP " + signedIn.statusCode() + " to " + location);
        }
        return s;
    }

    /** An API caller: no session, HTTP Basic (so a bcrypt check) on every request. */
    static WebSession basic(int port, String username, String password) {
        WebSession s = new WebSession(port);
        s.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return s;
    }

    Response get(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie).header("Accept", "text/html");
        }
        if (basic != null) {
            b.header("Authorization", basic).header("Accept", "application/json");
        }
        return response(send(b.build()));
    }

    /** A form POST from a page of this session, with the page's CSRF token (pass the page's HTML). */
    Response postForm(String path, String formBody, String pageWithToken) {
        Matcher csrf = CSRF.matcher(pageWithToken);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the page the form came from");
        }
        return response(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(formBody + "&_csrf=" + enc(csrf.group(1)))).build()));
    }

    /** A JSON POST from an API caller (HTTP Basic). */
    Response postJson(String path, String json) {
        return response(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build()));
    }

    private static Response response(HttpResponse<String> r) {
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void keepSessionCookie(HttpResponse<?> r) {
        List<String> setCookies = r.headers().allValues("Set-Cookie");
        for (String c : setCookies) {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                cookie = "JSESSIONID=" + m.group(1);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
