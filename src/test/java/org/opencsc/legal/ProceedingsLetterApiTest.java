package org.opencsc.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The letter over JSON: 400 naming the field, 409 on a stale version, findings per section, a sent version. */
@IntegrationTest
class ProceedingsLetterApiTest {

    @Autowired
    JsonMapper json;
    @Autowired
    LetterJourney letterJourney;
    @LocalServerPort
    int port;

    @Test
    void draftEditCheckAndSendOverJson() {
        LetterJourney.Ready r = letterJourney.ready(1).getFirst();
        Api social = new Api(port, "social");
        String base = "/api/v1/people/" + r.child() + "/proceedings-letters";
        Api.Response bad = social.post(base, "{\"preProceedingsId\": " + r.preProceedingsId() + ", \"recipientIds\": []}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").values()).extracting(e -> e.get("field").asString()).containsExactly("recipientIds");
        Api.Response created = social.post(base, "{\"preProceedingsId\": " + r.preProceedingsId() + ", \"recipientIds\": ["
                + r.parent() + "], \"offersFgdm\": true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode letter = created.json();
        long id = letter.get("id").asLong();
        int version = letter.get("version").asInt();
        assertThat(letter.get("sections").get("CHANGES").asString()).contains("Child 1 sees the dentist");

        assertThat(social.put(base + "/" + id + "/sections", "{\"version\": " + version + ", \"sections\": {\"NOPE\": \"x\"}}").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("sections.NOPE");
        java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
        java.util.Map<LetterSection, String> drafted = new java.util.EnumMap<>(LetterSection.class);
        for (LetterSection s : LetterSection.values()) {
            drafted.put(s, letter.get("sections").get(s.name()).asString());
        }
        LetterJourney.written(drafted).forEach((s, text) -> written.put(s.name(), text));
        written.put("WORRIES", "We are worried about chronic neglect.");
        String put = json.writeValueAsString(java.util.Map.of("version", version, "sections", written));
        Api.Response saved = social.put(base + "/" + id + "/sections", put);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(social.put(base + "/" + id + "/sections", put).status()).as("stale").isEqualTo(409);
        int afterSave = saved.json().get("version").asInt();
        Api.Response nullHelp = social.put(base + "/" + id + "/sections",
                "{\"version\": " + afterSave + ", \"sections\": {\"HELP\": null}}");
        assertThat(nullHelp.status()).as(nullHelp.body()).isEqualTo(200);
        assertThat(nullHelp.json().get("sections").get("HELP").asString()).as("a section sent as null is kept, not emptied")
                .isEqualTo(written.get("HELP"));
        saved = nullHelp;

        JsonNode check = social.post(base + "/" + id + "/check", "").json();
        assertThat(check.get("blocking").asBoolean()).isTrue();
        assertThat(check.get("sections").get("WORRIES").get("findings").get(0).get("words").asString()).isEqualTo("chronic neglect");
        int now = saved.json().get("version").asInt();
        Api.Response refused = social.post(base + "/" + id + "/send", "{\"version\": " + now + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("overrideReason");
        Api.Response sent = new Api(port, "manager").post(base + "/" + id + "/send",
                "{\"version\": " + now + ", \"overrideReason\": \"The family asked for these words\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("number").asInt()).isEqualTo(1);
        assertThat(social.get(base).json().get(0).get("timesSent").asInt()).isEqualTo(1);
        assertThat(new Api(port, "social2").get(base + "/" + id).status()).isEqualTo(403);
    }
}
