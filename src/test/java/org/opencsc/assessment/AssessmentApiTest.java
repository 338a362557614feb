package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AssessmentApiTest {

    @Autowired
    ReferredChildren fx;
    @LocalServerPort
    int port;

    private Api as(String username) {
        return new Api(port, username);
    }

    private static String draft(int version, String factors) {
        return """
                {"version": %d, "wishesAndFeelings": "I want to stay with mum", "history": "Known since 2024",
                 "parentalCapacity": "Mum is trying", "cultureAndIdentity": "Proud of his Welsh family",
                 "riskAndProtectiveFactors": "Dad's violence; grandmother nearby", "analysis": "Needs a plan",
                 "factors": [%s], "outcome": "CHILD_IN_NEED", "outcomeReasons": "Support needed"}
                """.formatted(version, factors);
    }

    private long started(ProtectionJourney.Referred r) {
        Api.Response started = as("social").post("/api/v1/assessments",
                "{\"referralId\": " + r.referral() + ", \"startedOn\": \"2025-03-04\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    private static String fields(Api.Response r) {
        StringBuilder s = new StringBuilder();
        for (JsonNode e : r.json().get("errors")) {
            s.append(e.get("field").asString()).append(' ');
        }
        return s.toString().trim();
    }

    @Test
    void startWriteSubmitAndAuthoriseOverJson() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = started(r);
        JsonNode a = as("social").get("/api/v1/assessments/" + id).json();
        assertThat(a.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(a.get("dueOn").asString()).isEqualTo(LocalDate.of(2025, 5, 8).toString());
        assertThat(a.get("sections").get("history").asString()).contains("Referrals and their outcomes:")
                .contains("Key events (from the chronology");

        Api.Response saved = as("social").put("/api/v1/assessments/" + id, draft(0, "\"16A\", \"3b\""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("factors").get(0).get("code").asString()).isEqualTo("3B");

        Api.Response submitted = as("social").post("/api/v1/assessments/" + id + "/submit",
                "{\"version\": 1, \"completedOn\": \"2025-04-30\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("AWAITING_AUTHORISATION");

        Api.Response authorised = as("manager").post("/api/v1/assessments/" + id + "/authorise",
                "{\"version\": 2, \"authorisedOn\": \"2025-05-09\"}");
        assertThat(authorised.status()).as(authorised.body()).isEqualTo(200);
        assertThat(authorised.json().get("status").asString()).isEqualTo("AUTHORISED");
        // Referred Monday 3 March 2025: nine weeks of weekdays end on Monday 5 May, a bank holiday, and Good Friday and
        // Easter Monday fall inside, so it was due Thursday 8 May. Authorised on Friday the 9th: one working day late.
        assertThat(authorised.json().get("timeliness").asString()).startsWith("Authorised 1 working day late");

        Api.Response locked = as("social").put("/api/v1/assessments/" + id, draft(3, "\"16A\""));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.json().get("detail").asString()).isEqualTo("An authorised assessment is corrected by an amendment");
    }

    @Test
    void badInputIsA400ListingTheFields() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        Api.Response badDate = as("social").post("/api/v1/assessments",
                "{\"referralId\": " + r.referral() + ", \"startedOn\": \"4 March\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).contains("application/problem+json");
        assertThat(fields(badDate)).isEqualTo("startedOn");
        assertThat(as("social").post("/api/v1/assessments", "{\"referralId\": \"x\"}").status()).isEqualTo(400);
        assertThat(as("social").post("/api/v1/assessments", "{\"startedOn\": \"2025-03-04\"}").status()).isEqualTo(400);

        long id = started(r);
        Api.Response combined = as("social").put("/api/v1/assessments/" + id, draft(0, "\"21\", \"16A\""));
        assertThat(combined.status()).isEqualTo(400);
        assertThat(fields(combined)).isEqualTo("factors");
        Api.Response unknown = as("social").put("/api/v1/assessments/" + id, draft(0, "\"99Z\""));
        assertThat(unknown.status()).isEqualTo(400);
        Api.Response noVersion = as("social").put("/api/v1/assessments/" + id, "{\"analysis\": \"x\"}");
        assertThat(fields(noVersion)).isEqualTo("version");

        Api.Response incomplete = as("social").post("/api/v1/assessments/" + id + "/submit", "{\"version\": 0}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).isEqualTo("wishesAndFeelings parentalCapacity cultureAndIdentity "
                + "riskAndProtectiveFactors analysis factors outcome outcomeReasons completedOn");

        Api.Response stale = as("social").post("/api/v1/assessments/" + id + "/submit",
                "{\"version\": 7, \"completedOn\": \"2025-04-30\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(as("social").get("/api/v1/assessments/999999999").status()).isEqualTo(404);
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() {
        JsonNode paths = new Api(port, null).get("/api/v1/openapi").json().get("paths");
        for (String path : java.util.List.of("/api/v1/assessments", "/api/v1/assessments/{id}", "/api/v1/assessments/{id}/submit",
                "/api/v1/assessments/{id}/authorise", "/api/v1/assessments/{id}/return")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void rolesThatCannotWriteAssessmentsAreRefused() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        String body = "{\"referralId\": " + r.referral() + ", \"startedOn\": \"2025-03-04\"}";
        assertThat(as("family").post("/api/v1/assessments", body).status()).isEqualTo(403);
        assertThat(as("auditor").post("/api/v1/assessments", body).status()).isEqualTo(403);
        long id = started(r);
        assertThat(as("auditor").get("/api/v1/assessments/" + id).status()).isEqualTo(200);
        assertThat(as("social2").get("/api/v1/assessments/" + id).status()).isEqualTo(403);
        assertThat(as("family").put("/api/v1/assessments/" + id, draft(0, "\"16A\"")).status()).isEqualTo(403);
        as("social").put("/api/v1/assessments/" + id, draft(0, "\"16A\""));
        as("social").post("/api/v1/assessments/" + id + "/submit", "{\"version\": 1, \"completedOn\": \"2025-04-30\"}");
        assertThat(as("social").post("/api/v1/assessments/" + id + "/authorise",
                "{\"version\": 2, \"authorisedOn\": \"2025-05-01\"}").status()).isEqualTo(403);
        Api.Response returned = as("dutymanager").post("/api/v1/assessments/" + id + "/return",
                "{\"version\": 2, \"comment\": \"Add the school's view\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(returned.json().get("returnedComment").asString()).isEqualTo("Add the school's view");
    }
}
