package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PLO panel's rows as each user may see them, and every view of it in the access log with what it listed. */
@IntegrationTest
class PloPanelTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private record Opened(long child, long ppId) {
    }

    private Opened inPreProceedings() {
        long child = journey.referredAndAllocated(LocalDate.of(2025, 5, 2)).child();
        Api.Response r = new Api(port, "legal").post("/api/v1/people/" + child + "/legal-planning-meetings", """
                {"heldOn": "%s", "socialWorker": "social", "manager": "manager", "legalAdviser": "legal",
                 "thresholdDiscussion": "Neglect over two years despite help", "decision": "ENTER_PRE_PROCEEDINGS",
                 "reasons": "The plan has not brought change", "alternatives": ["Continue under the plan"]}
                """.formatted(LocalDate.now(clock)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long ppId = new Api(port, "legal").get("/api/v1/people/" + child + "/pre-proceedings").json().get(0).get("id").asLong();
        return new Opened(child, ppId);
    }

    private String row(String body, long ppId) {
        int at = body.indexOf("id=\"pp-" + ppId + "\"");
        assertThat(at).as("the panel has the row of pre-proceedings " + ppId).isPositive();
        return body.substring(at, body.indexOf("</tr>", at));
    }

    private long latestPanelSearch(String username, long personId, String column) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE username = ? AND action = 'SEARCH' AND path = '/legal/plo-panel'"
                        + " AND ? = ANY(" + column + ") AND search_terms = 'PLO panel'")
                .params(username, personId).query(Long.class).single();
    }

    @Test
    void eachViewIsLoggedWithTheChildrenItListedAndLinksToTheirPreProceedings() {
        Opened o = inPreProceedings();
        String body = PageSession.signedIn(port, "legal").get("/legal/plo-panel").body();
        assertThat(row(body, o.ppId())).contains("href=\"/people/" + o.child() + "/pre-proceedings/" + o.ppId() + "\"");
        assertThat(latestPanelSearch("legal", o.child(), "listed")).isEqualTo(1);
        PageSession.signedIn(port, "legal").get("/legal/plo-panel");
        assertThat(latestPanelSearch("legal", o.child(), "listed")).as("every view is logged").isEqualTo(2);
    }

    @Test
    void aManagerOfAnotherAreaSeesTheRowWithheldAndItIsLoggedAsListed() {
        Opened o = inPreProceedings();
        String body = PageSession.signedIn(port, "manager2").get("/legal/plo-panel").body();
        String row = row(body, o.ppId());
        assertThat(row).contains("A record you cannot open").doesNotContain("/people/" + o.child());
        assertThat(latestPanelSearch("manager2", o.child(), "listed")).isEqualTo(1);
    }

    @Test
    void aRestrictedChildIsLeftOutAndLoggedAsUnseen() {
        Opened o = inPreProceedings();
        String name = jdbc.sql("SELECT family_name FROM person WHERE id = ?").params(o.child()).query(String.class).single();
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(o.child()).update();
        try {
            String body = PageSession.signedIn(port, "legal").get("/legal/plo-panel").body();
            assertThat(body).doesNotContain("id=\"pp-" + o.ppId() + "\"").doesNotContain(name);
            assertThat(latestPanelSearch("legal", o.child(), "unseen")).isEqualTo(1);
            assertThat(latestPanelSearch("legal", o.child(), "listed")).isZero();
        } finally {
            jdbc.sql("UPDATE person SET restricted = false WHERE id = ?").params(o.child()).update();
        }
    }
}
