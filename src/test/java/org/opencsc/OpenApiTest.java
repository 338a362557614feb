package org.opencsc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void describesTheApiWithoutSigningIn() {
        Api.Response r = new Api(port, null).get("/api/v1/openapi");
        assertThat(r.status()).isEqualTo(200);
        var paths = r.json().get("paths");
        assertThat(paths.has("/api/v1/people")).isTrue();
        assertThat(paths.has("/api/v1/people/{id}")).isTrue();
        assertThat(paths.has("/api/v1/people/{id}/relationships")).isTrue();
        assertThat(paths.has("/api/v1/children/{id}/chronology")).isTrue();
    }

    @Test
    void healthIsUp() {
        Api.Response r = new Api(port, null).get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"UP\"");
    }
}
