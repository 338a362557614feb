package org.opencsc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Correcting an authorised single assessment: the old value is kept, the assessment changes, the chronology says so. */
@IntegrationTest
class AssessmentAmendmentTest {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    @Autowired
    ReferredChildren fx;
    @Autowired
    SingleAssessments assessments;
    @LocalServerPort
    int port;

    private Api as(String username) {
        return new Api(port, username);
    }

    /** Written and submitted by Sam Social (version 2 after this), factors 3B and 16A. */
    private long submitted(ProtectionJourney.Referred r) {
        long id = assessments.start(r.referral(), LocalDate.of(2025, 3, 3), fx.user("social"), API);
        assessments.saveDraft(id, ReferredChildren.complete(0), fx.user("social"), API);
        assessments.submit(id, 1, LocalDate.of(2025, 5, 1), fx.user("social"), API);
        return id;
    }

    /** Authorised by the manager: version 3. */
    private long authorised(ProtectionJourney.Referred r) {
        long id = submitted(r);
        assessments.authorise(id, 2, LocalDate.of(2025, 5, 9), fx.user("manager"), API);
        return id;
    }

    private static String body(String field, String value, String reason, int version) {
        return """
                {"field": "%s", "value": "%s", "reason": %s, "version": %d}
                """.formatted(field, value, reason == null ? "null" : "\"" + reason + "\"", version);
    }

    private static String fields(Api.Response r) {
        StringBuilder s = new StringBuilder();
        for (JsonNode e : r.json().get("errors")) {
            s.append(e.get("field").asString()).append(' ');
        }
        return s.toString().trim();
    }

    @Test
    void aCorrectionKeepsTheOriginalChangesTheAssessmentAndGoesOnTheChronology() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = authorised(r);
        String path = "/api/v1/assessments/" + id + "/amendments";

        Api.Response corrected = as("social").post(path, body("analysis", "Dad has left the home", "Wrong family named", 3));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode first = corrected.json().get(0);
        assertThat(first.get("field").asString()).isEqualTo("analysis");
        assertThat(first.get("oldValue").asString()).isEqualTo("Written: Analysis");
        assertThat(first.get("newValue").asString()).isEqualTo("Dad has left the home");
        assertThat(first.get("reason").asString()).isEqualTo("Wrong family named");
        assertThat(first.get("amendedBy").asString()).isEqualTo("Sam Social");

        JsonNode a = as("social").get("/api/v1/assessments/" + id).json();
        assertThat(a.get("sections").get("analysis").asString()).isEqualTo("Dad has left the home");
        assertThat(a.get("status").asString()).isEqualTo("AUTHORISED");
        assertThat(a.get("version").asInt()).isEqualTo(4);

        // A manager corrects the factors; codes in any case and order, kept in census order.
        Api.Response factors = as("manager").post(path, body("factors", "17a, 16A", "Emotional abuse was missed", 4));
        assertThat(factors.status()).as(factors.body()).isEqualTo(200);
        assertThat(factors.json().get(1).get("oldValue").asString()).isEqualTo("3B, 16A");
        assertThat(factors.json().get(1).get("newValue").asString()).isEqualTo("16A, 17A");
        JsonNode after = as("social").get("/api/v1/assessments/" + id).json();
        assertThat(after.get("factors").get(0).get("code").asString()).isEqualTo("16A");
        assertThat(after.get("factors").get(1).get("code").asString()).isEqualTo("17A");
        assertThat(after.get("factors").size()).isEqualTo(2);

        assertThat(as("social").get(path).json().size()).isEqualTo(2);
        String chronology = as("social").get("/api/v1/children/" + r.child() + "/chronology").body();
        assertThat(chronology).contains("Corrected ‘Analysis’ of the single assessment: Wrong family named")
                .contains("Corrected ‘Factors identified at assessment’ of the single assessment: Emotional abuse was missed");
        assertThat(as("social2").get(path).status()).isEqualTo(403);
    }

    @Test
    void badCorrectionsAreRefusedAndNothingChanges() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = submitted(r);
        String path = "/api/v1/assessments/" + id + "/amendments";

        Api.Response beforeAuthorisation = as("social").post(path, body("analysis", "New analysis", "Typo", 2));
        assertThat(beforeAuthorisation.status()).isEqualTo(409);
        assertThat(beforeAuthorisation.json().get("detail").asString())
                .isEqualTo("Edit the draft: amendments are for authorised assessments");

        assessments.authorise(id, 2, LocalDate.of(2025, 5, 9), fx.user("manager"), API);
        assertThat(as("auditor").post(path, body("analysis", "New analysis", "Typo", 3)).status()).isEqualTo(403);
        assertThat(as("family").post(path, body("analysis", "New analysis", "Typo", 3)).status()).isEqualTo(403);

        Api.Response noReason = as("social").post(path, body("analysis", "New analysis", null, 3));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).isEqualTo("reason");
        Api.Response combined = as("social").post(path, body("factors", "16A, 21", "Wrong factors", 3));
        assertThat(combined.status()).isEqualTo(400);
        assertThat(fields(combined)).isEqualTo("value");
        assertThat(as("social").post(path, body("factors", "16A, 99Z", "Wrong factors", 3)).status()).isEqualTo(400);
        assertThat(as("social").post(path, body("factors", " , ", "Wrong factors", 3)).status()).isEqualTo(400);
        assertThat(fields(as("social").post(path, body("outcome", "NO_FURTHER_ACTION", "Wrong", 3)))).isEqualTo("field");
        assertThat(fields(as("social").post(path, body("analysis", "Written: Analysis", "Same", 3)))).isEqualTo("value");

        Api.Response stale = as("social").post(path, body("analysis", "New analysis", "Typo", 2));
        assertThat(stale.status()).isEqualTo(409);

        JsonNode a = as("social").get("/api/v1/assessments/" + id).json();
        assertThat(a.get("version").asInt()).isEqualTo(3);
        assertThat(a.get("sections").get("analysis").asString()).isEqualTo("Written: Analysis");
        assertThat(as("social").get(path).json().size()).isZero();
    }

    @Test
    void theAuthorisedPageCorrectsTheAssessmentAndKeepsWhatWasTypedOnError() {
        ProtectionJourney.Referred r = fx.referred(LocalDate.of(2025, 3, 3));
        long id = authorised(r);
        PageSession social = PageSession.signedIn(port, "social");
        PageSession.Page page = social.get("/assessments/" + id);
        assertThat(page.body()).contains("Correct this assessment").contains("This assessment has not been corrected")
                .doesNotContain("id=\"submit-assessment\"");

        PageSession.Page refused = social.post("/assessments/" + id + "/amendments", "_csrf", page.csrf(), "version", "3",
                "field", "outcomeReasons", "value", "Needs a child in need plan for routines and school", "reason", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#reason\"")
                .contains("Needs a child in need plan for routines and school");
        assertThat(refused.isSelected("field", "outcomeReasons")).isTrue();
        PageSession.Page nothingChosen = social.post("/assessments/" + id + "/amendments", "_csrf", page.csrf(), "version", "3",
                "field", "", "value", "Some text", "reason", "A reason");
        assertThat(nothingChosen.body()).contains("href=\"#field\"").contains("Select what needs correcting");

        PageSession.Page saved = social.post("/assessments/" + id + "/amendments", "_csrf", page.csrf(), "version", "3",
                "field", "outcomeReasons", "value", "Needs a child in need plan for routines and school",
                "reason", "Reasons were cut short");
        assertThat(saved.status()).isEqualTo(302);
        PageSession.Page shown = social.get("/assessments/" + id + "?corrected");
        assertThat(shown.body()).contains("id=\"corrections-table\"").contains("Needs support with routines")
                .contains("Reasons were cut short").contains("Sam Social").contains("The correction has been saved");

        // Someone else's correction since the page was read: the page says so instead of overwriting it.
        PageSession.Page stale = social.post("/assessments/" + id + "/amendments", "_csrf", page.csrf(), "version", "3",
                "field", "analysis", "value", "Another view", "reason", "Second thoughts");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"version\"").contains("Another view");
    }

    @Test
    void theAmendmentsEndpointIsInTheOpenApiDocument() {
        JsonNode paths = new Api(port, null).get("/api/v1/openapi").json().get("paths");
        assertThat(paths.has("/api/v1/assessments/{id}/amendments")).isTrue();
        assertThat(paths.get("/api/v1/assessments/{id}/amendments").has("post")).isTrue();
    }
}
