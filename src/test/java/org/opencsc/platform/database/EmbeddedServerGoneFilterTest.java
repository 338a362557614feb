package org.opencsc.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** With the embedded server's process gone, requests are refused at once instead of waiting for the pool. */
class EmbeddedServerGoneFilterTest {

    @Test
    void aServerThatIsGoneRefusesPagesAndApiAtOnceAndTheHealthCheckSaysDown() throws Exception {
        EmbeddedServerGoneFilter filter = new EmbeddedServerGoneFilter(() -> true);

        assertThatThrownBy(() -> filter.doFilter(request("/children/1"), new MockHttpServletResponse(), new MockFilterChain()))
                .as("answered 503 by platform.web.ErrorResponses").isInstanceOf(CannotGetJdbcConnectionException.class);

        MockHttpServletResponse health = new MockHttpServletResponse();
        MockFilterChain healthChain = new MockFilterChain();
        filter.doFilter(request("/actuator/health"), health, healthChain);
        assertThat(health.getStatus()).isEqualTo(503);
        assertThat(health.getContentAsString()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(healthChain.getRequest()).as("not passed on").isNull();

        MockFilterChain styles = new MockFilterChain();
        filter.doFilter(request("/css/app.css"), new MockHttpServletResponse(), styles);
        assertThat(styles.getRequest()).as("the error page's styles still load").isNotNull();
    }

    @Test
    void aRunningServerLetsEverythingThrough() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new EmbeddedServerGoneFilter(() -> false).doFilter(request("/children/1"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest request(String uri) {
        return new MockHttpServletRequest("GET", uri);
    }
}
