package org.opencsc.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlainEnglishApiTest {

    @LocalServerPort
    int port;

    @Test
    void answersTheScoresAndEachFindingWithItsPosition() {
        String text = "We are worried about chronic neglect. The PLO meeting is on Monday.";
        Api.Response r = new Api(port, "social").post("/api/v1/plain-english/check",
                "{\"text\": \"" + text + "\"}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("readability").path("words").asInt()).isEqualTo(12);
        assertThat(body.path("readability").path("fleschReadingEase").isNumber()).isTrue();
        assertThat(body.path("readability").path("readingAge").isNumber()).isTrue();
        assertThat(body.path("blocking").asBoolean()).isTrue();
        JsonNode first = body.path("findings").get(0);
        assertThat(first.path("kind").asString()).isEqualTo("JARGON");
        assertThat(first.path("words").asString()).isEqualTo("chronic neglect");
        assertThat(text.substring(first.path("start").asInt(), first.path("end").asInt())).isEqualTo("chronic neglect");
        assertThat(first.path("suggestion").asString()).isNotBlank();
        assertThat(first.path("blocking").asBoolean()).isTrue();
        assertThat(body.path("findings").get(1).path("words").asString()).isEqualTo("PLO");
    }

    @Test
    void aReadOnlyRoleMayCheckText() {
        assertThat(new Api(port, "inspector").post("/api/v1/plain-english/check", "{\"text\": \"Sam is safe.\"}").status())
                .isEqualTo(200);
    }

    @Test
    void aMissingBlankOrOversizeTextIsRefusedNamingText() {
        Api api = new Api(port, "social");
        for (String body : new String[] {"{}", "{\"text\": null}", "{\"text\": \"   \"}",
                "{\"text\": \"" + "a ".repeat(PlainEnglishService.MAX_CHARACTERS / 2 + 1) + "\"}"}) {
            Api.Response r = api.post("/api/v1/plain-english/check", body);
            assertThat(r.status()).as(body.length() > 40 ? "oversize" : body).isEqualTo(400);
            assertThat(r.contentType()).contains("problem+json");
            assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("text");
        }
    }

    @Test
    void aTextThatIsNotAStringIsRefused() {
        Api.Response r = new Api(port, "social").post("/api/v1/plain-english/check", "{\"text\": 42}");
        assertThat(r.status()).isEqualTo(400);
    }
}
