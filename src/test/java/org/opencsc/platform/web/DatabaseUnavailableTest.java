package org.opencsc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose database cannot be reached is answered 503 "The database is not available",
 * not the 500 of a bug. The failure is a real one: a query through a Hikari pool whose
 * PostgreSQL is not there, failing as it does when the server has died (the pool's connection
 * timeout, here its shortest).
 */
class DatabaseUnavailableTest {

    private static HikariDataSource pool;
    private static RuntimeException failure;

    @BeforeAll
    static void queryADatabaseThatIsNotThere() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://localhost:" + closedPort + "/postgres");
        pool.setConnectionTimeout(250);
        pool.setInitializationFailTimeout(-1);
        try {
            JdbcClient.create(pool).sql("SELECT 1").query(Integer.class).single();
        } catch (RuntimeException e) {
            failure = e;
        }
        assertThat(failure).as("the query failed as it does with the server gone").isNotNull();
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @Test
    void aConnectionThatCannotBeGotIsTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.causedIt(failure)).as(failure.toString()).isTrue();
        assertThat(DatabaseUnavailable.causedIt(new IllegalStateException("a bug", new IllegalArgumentException()))).isFalse();
    }

    @Test
    void theApiAnswers503ProblemJson() {
        ProblemDetail problem = new ApiExceptionHandler(null).unexpected(failure);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("The database is not available");
        assertThat(new ApiExceptionHandler(null).unexpected(new IllegalStateException("a bug")).getStatus())
                .as("any other failure is still a 500").isEqualTo(500);
    }

    @Test
    void aFailureReachingTheErrorPageIsA503PageOrProblemJson() throws IOException {
        ErrorResponses errors = new ErrorResponses(JsonMapper.builder().build(), new DefaultErrorAttributes());

        MockHttpServletResponse page = new MockHttpServletResponse();
        ModelAndView view = errors.error(failed("/children/1"), page);
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(view.getViewName()).isEqualTo("platform/web/database-unavailable");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        MockHttpServletResponse api = new MockHttpServletResponse();
        assertThat(errors.error(failed("/api/v1/people/1"), api)).isNull();
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        JsonNode body = JsonMapper.builder().build().readTree(api.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("title").asString()).isEqualTo("The database is not available");
        assertThat(body.get("detail").asString()).startsWith("The database is not available");
    }

    /** As the servlet container forwards a request whose handling threw, with the 500 it would send. */
    private static MockHttpServletRequest failed(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        return request;
    }
}
