package org.opencsc.returns.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.opencsc.person.RecordRestriction;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.Multipart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** /api/v1/returns/cin-census: the export, the report, a file checked, who may, and bad input. */
@IntegrationTest
class CensusApiTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theExportIsTheDfeXml() throws Exception {
        Api.Response xml = new Api(port, "leader").withHeader("Accept", "application/xml").get("/api/v1/returns/cin-census?year=2026");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("application/xml");
        assertThat(xml.header("Content-Disposition")).contains("cin-census-2026.xml");
        CensusXml.schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aYearThatIsNotOneIsA400NamingTheParameterNeverA500() {
        Api officer = new Api(port, "dataofficer");
        for (String year : List.of("1.5", "20266", "", "2099", "abc", "%00")) {
            for (String path : List.of("/api/v1/returns/cin-census?year=", "/api/v1/returns/cin-census/report?year=")) {
                Api.Response r = officer.get(path + year);
                assertThat(r.status()).as(path + year).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.json().at("/errors/0/field").asString()).as(path + year).isEqualTo("year");
            }
        }
        Api.Response missing = officer.withHeader("Accept", "application/xml").get("/api/v1/returns/cin-census");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("year");
    }

    @Test
    void onlyTheDataOfficerAndTheLeaderMayAndOnlyTheDataOfficerImports() {
        for (String refused : List.of("social", "manager", "auditor", "inspector", "admin")) {
            Api api = new Api(port, refused);
            assertThat(api.get("/api/v1/returns/cin-census?year=2026").status()).as(refused).isEqualTo(403);
            Api.Response report = api.get("/api/v1/returns/cin-census/report?year=2026");
            assertThat(report.status()).as(refused).isEqualTo(403);
            assertThat(report.contentType()).startsWith("application/problem+json");
            assertThat(api.send("POST", "/api/v1/returns/cin-census/validate", "application/xml", "<Message/>").status())
                    .as(refused).isEqualTo(403);
        }
        Api leader = new Api(port, "leader");
        assertThat(leader.send("POST", "/api/v1/returns/cin-census/validate", "application/xml", "<Message/>").status())
                .as("the leader checks a file").isEqualTo(200);
        assertThat(leader.post("/api/v1/returns/cin-census/imports", Multipart.file("file", "cin.xml", "<Message/>")).status())
                .as("the leader imports").isEqualTo(403);
    }

    @Test
    void aFileTheSchemaRefusesComesBackWithEveryProblemsLineAndColumn() {
        Api officer = new Api(port, "dataofficer");
        String broken = "<?xml version=\"1.0\"?>\n<Message>\n  <Header>\n</Message>\n";
        for (Api.Response r : List.of(officer.send("POST", "/api/v1/returns/cin-census/validate", "application/xml", broken),
                officer.post("/api/v1/returns/cin-census/validate", Multipart.file("file", "broken.xml", broken)))) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("refused").asBoolean()).isTrue();
            JsonNode first = r.json().get("fileProblems").get(0);
            assertThat(first.get("line").asInt()).isEqualTo(4);
            assertThat(first.get("column").asInt()).isPositive();
            assertThat(r.json().has("report")).isFalse();
        }
        Api.Response none = officer.post("/api/v1/returns/cin-census/validate", Multipart.file("file", "", ""));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().at("/errors/0/field").asString()).isEqualTo("file");
    }

    @Test
    void theReportNamesOnlyTheChildrenTheCallerMayOpen() {
        ProtectionJourney.Referred open = journey.referredAndAllocated(LocalDate.of(2025, 8, 4));
        ProtectionJourney.Referred restricted = journey.referredAndAllocated(LocalDate.of(2025, 8, 4));
        restriction.restrict(restricted.child(), List.of(), "Witness protection", journey.user("manager"));

        JsonNode report = new Api(port, "dataofficer").get("/api/v1/returns/cin-census/report?year=2026").json();
        assertThat(report.get("year").asInt()).isEqualTo(2026);
        JsonNode shown = find(report.get("unexportable"), String.valueOf(open.child()));
        assertThat(shown.get("personId").asLong()).isEqualTo(open.child());
        assertThat(shown.get("name").asString()).startsWith("Kai ");
        assertThat(shown.get("reason").asString()).contains("No ethnicity is recorded");
        JsonNode sealed = find(report.get("unexportable"), String.valueOf(restricted.child()));
        assertThat(sealed.has("name")).as("a restricted child's name").isFalse();
        assertThat(sealed.has("personId")).isFalse();

        String terms = jdbc.sql("SELECT search_terms FROM access_log WHERE username = 'dataofficer' AND channel = 'API' "
                + "AND listed @> ARRAY[CAST(? AS bigint)] ORDER BY id DESC LIMIT 1").params(restricted.child())
                .query(String.class).single();
        assertThat(terms).startsWith("CIN census 2026 report: " + report.get("childrenInMessage").asInt() + " children");
    }

    @Test
    void theDataOfficerImportsAFileOverTheApi() {
        CensusFiles.OneChild file = CensusFiles.newChild(jdbc);
        Api.Response r = new Api(port, "dataofficer").post("/api/v1/returns/cin-census/imports",
                Multipart.file("file", "api.xml", file.xml()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("childrenCreated").asInt()).isEqualTo(1);
        assertThat(r.json().get("fileName").asString()).isEqualTo("api.xml");
    }

    private static JsonNode find(JsonNode list, String laChildId) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(n -> {
            if (laChildId.equals(n.get("laChildId").asString())) {
                found.add(n);
            }
        });
        assertThat(found).as("LAchildID " + laChildId).hasSize(1);
        return found.getFirst();
    }
}
