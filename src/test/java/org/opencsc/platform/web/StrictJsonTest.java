package org.opencsc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON reading without Spring: each coercion Jackson would make by default is refused, naming the field. */
class StrictJsonTest {

    record Address(String postcode, LocalDate since) {
    }

    record Body(Long planId, Integer version, String text, Boolean flag, List<Long> alsoFor, List<String> needs,
                Map<String, Integer> scores, Address address, List<Address> addresses, Double ratio) {
    }

    private final JsonMapper json = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().strictJsonInput().customize(builder);
        return builder.build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"planId\": 1.5}                      | planId",
            "{\"planId\": 1.0}                      | planId",
            "{\"planId\": \"1\"}                    | planId",
            "{\"planId\": true}                     | planId",
            "{\"planId\": \"\"}                     | planId",
            "{\"planId\": 99999999999999999999}     | planId",
            "{\"version\": 2147483648}              | version",
            "{\"version\": 1e3}                     | version",
            "{\"text\": 5}                          | text",
            "{\"text\": 1.5}                        | text",
            "{\"text\": false}                      | text",
            "{\"text\": {}}                         | text",
            "{\"flag\": \"true\"}                   | flag",
            "{\"flag\": 1}                          | flag",
            "{\"ratio\": \"1.5\"}                   | ratio",
            "{\"alsoFor\": [143.5]}                 | alsoFor[0]",
            "{\"alsoFor\": [1, null]}               | alsoFor[1]",
            "{\"alsoFor\": 3}                       | alsoFor",
            "{\"needs\": [null]}                    | needs[0]",
            "{\"needs\": [7]}                       | needs[0]",
            "{\"scores\": {\"o1\": 2.5}}            | scores.o1",
            "{\"address\": {\"postcode\": 12}}      | address.postcode",
            "{\"address\": {\"since\": \"-0001-01-01\"}}   | address.since",
            "{\"address\": {\"since\": \"0000-01-01\"}}    | address.since",
            "{\"address\": {\"since\": \"+99999-01-01\"}}  | address.since",
            "{\"address\": {\"since\": \"2026-02-30\"}}    | address.since",
            "{\"address\": {\"since\": 20000}}             | address.since",
            "{\"addresses\": [{}, {\"since\": \"1899-12-31\"}]} | addresses[1].since",
            "{\"addresses\": [null]}                | addresses[0]",
    })
    void refusesWhatItWouldOtherwiseCoerce(String body, String field) {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> json.readValue(body, Body.class));
        assertThat(e).as(body).isNotNull();
        assertThat(JsonFieldNames.of(e.getPath())).isEqualTo(field);
    }

    @Test
    void readsWhatIsWrittenAsItsType() {
        Body b = json.readValue("""
                {"planId": 9223372036854775807, "version": 3, "text": "a\\tb", "flag": false, "alsoFor": [143],
                 "needs": [], "scores": {"o1": 10}, "address": {"postcode": "N1 1AA", "since": "2100-12-31"},
                 "ratio": 1.5}""", Body.class);
        assertThat(b.planId()).isEqualTo(Long.MAX_VALUE);
        assertThat(b.alsoFor()).containsExactly(143L);
        assertThat(b.address().since()).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(b.ratio()).isEqualTo(1.5);
        assertThat(json.readValue("{\"scores\": {\"o1\": null}}", Body.class).scores())
                .as("a map's null value is the controller's to read").containsEntry("o1", null);
    }

    @Test
    void refusesTrailingContentAndAPropertyGivenTwice() {
        assertThat(catchThrowableOfType(JacksonException.class, () -> json.readValue("{\"text\": \"a\"} {}", Body.class)))
                .isNotNull();
        JacksonException twice = catchThrowableOfType(JacksonException.class,
                () -> json.readValue("{\"address\": {\"postcode\": \"N1\", \"postcode\": \"E1\"}}", Body.class));
        assertThat(twice).isNotNull();
    }
}
