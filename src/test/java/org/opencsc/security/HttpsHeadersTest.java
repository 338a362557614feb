package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 8: behind a proxy that ends TLS (X-Forwarded-Proto: https, believed from a loopback or
 * private-network proxy), responses carry HSTS and the session cookie is Secure; every response
 * carries a Referrer-Policy, so record URLs are never sent to other sites.
 */
@IntegrationTest
class HttpsHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (forwardedProto != null) {
            b.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindTlsThePagesSendHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> https = get("/sign-in", "https");
        assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        List<String> cookies = https.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        assertThat(https.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void plainHttpGetsNoHstsAndNoSecureCookieButStillAReferrerPolicy() throws Exception {
        HttpResponse<String> http = get("/sign-in", null);
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(http.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(http.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void theApiSendsHstsBehindTlsAndAReferrerPolicy() throws Exception {
        HttpResponse<String> api = get("/api/v1/work/mine", "https");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
