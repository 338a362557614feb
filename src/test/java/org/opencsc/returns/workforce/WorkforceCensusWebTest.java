package org.opencsc.returns.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workforce census page, its API and a worker's census details: who may, bad input, and the access log. */
@IntegrationTest
class WorkforceCensusWebTest {

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theApiAnswersTheXmlAndTheReportToTheDataOfficerAndTheLeaderOnly() {
        for (String allowed : List.of("dataofficer", "leader")) {
            Api.Response xml = new Api(port, allowed).withHeader("Accept", "application/xml").get("/api/v1/returns/workforce-census?year=2025");
            assertThat(xml.status()).as(allowed).isEqualTo(200);
            assertThat(xml.contentType()).startsWith("application/xml");
            assertThat(xml.header("Content-Disposition")).contains("csww-census-2025.xml");
            assertThat(CswwFile.parse(xml.body().getBytes(StandardCharsets.UTF_8)).header("ReferenceDate")).isEqualTo("2025-09-30");
            Api.Response report = new Api(port, allowed).get("/api/v1/returns/workforce-census/report?year=2025");
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.json().get("referenceDate").asString()).isEqualTo("2025-09-30");
            assertThat(report.json().has("summary")).isTrue();
        }
        for (String refused : List.of("social", "manager", "auditor", "inspector", "admin", "contact")) {
            Api api = new Api(port, refused);
            assertThat(api.get("/api/v1/returns/workforce-census?year=2025").status()).as(refused).isEqualTo(403);
            Api.Response report = api.get("/api/v1/returns/workforce-census/report?year=2025");
            assertThat(report.status()).as(refused).isEqualTo(403);
            assertThat(report.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aYearThatIsNotOneIsA400NamingTheParameter() {
        Api officer = new Api(port, "dataofficer");
        for (String year : List.of("abc", "1.5", "20255", "2016", "2199", "", "%20")) {
            for (String path : List.of("/api/v1/returns/workforce-census?year=", "/api/v1/returns/workforce-census/report?year=")) {
                Api.Response r = officer.get(path + year);
                assertThat(r.status()).as(path + year).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("year");
            }
        }
        assertThat(officer.get("/api/v1/returns/workforce-census/report").json().at("/errors/0/field").asString()).isEqualTo("year");
    }

    @Test
    void everyExportAndReportIsInTheAccessLog() {
        long before = logged();
        new Api(port, "leader").withHeader("Accept", "application/xml").get("/api/v1/returns/workforce-census?year=2024");
        new Api(port, "leader").get("/api/v1/returns/workforce-census/report?year=2024");
        PageSession.signedIn(port, "leader").get("/returns/workforce-census/export?year=2024");
        List<String> terms = jdbc.sql("""
                        SELECT search_terms FROM access_log WHERE username = 'leader' AND action = 'SEARCH' AND id > ?
                           AND search_terms LIKE 'Workforce census 2024%' ORDER BY id
                        """).param(before).query(String.class).list();
        assertThat(terms).hasSize(3);
        assertThat(terms.getFirst()).startsWith("Workforce census 2024 export: ");
        assertThat(terms.get(1)).startsWith("Workforce census 2024 report: ");
    }

    private long logged() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM access_log").query(Long.class).single();
    }

    @Test
    void thePageShowsTheYearAndKeepsABadYearAsTyped() {
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        PageSession.Page page = officer.get("/returns/workforce-census?year=2025");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("1 October 2024 to 30 September 2025").contains("id=\"vacancies\"");
        PageSession.Page bad = officer.get("/returns/workforce-census?year=20x5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("is not a census year").contains("value=\"20x5\"");
        PageSession.Page badExport = officer.get("/returns/workforce-census/export?year=1999");
        assertThat(badExport.status()).isEqualTo(400);
        assertThat(badExport.body()).contains("There is no workforce census of individual workers for 1999");
        assertThat(PageSession.signedIn(port, "manager").get("/returns/workforce-census").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "leader").get("/returns/workforce-census").status()).isEqualTo(200);
    }

    @Test
    void theDataOfficerRecordsAWorkersDetailsAndAbsencesAndTheLeaderOnlyReadsThem() {
        CswwTeam team = new CswwTeam(jdbc);
        long worker = team.worker("Jo", "PERMANENT", "CASE_HOLDER", "1.00", LocalDate.of(2021, 9, 6), null, CswwTeam.sweNumber());
        String path = "/returns/workforce-census/staff/" + worker;
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        String csrf = officer.get(path).csrf();

        PageSession.Page saved = officer.post(path, form(csrf, "0", "27", "3", "1990", "2", "AIND", "University of Kent", "1"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT birth_date::text || ' ' || gender || ' ' || ethnicity || ' ' || qual_institution || ' ' || version "
                + "FROM staff_census_details WHERE user_id = ?").param(worker).query(String.class).single())
                .isEqualTo("1990-03-27 2 AIND University of Kent 1");

        PageSession.Page stale = officer.post(path, form(csrf, "0", "27", "3", "1991", "2", "AIND", "University of Kent", "1"));
        assertThat(stale.status()).as("saved over a version someone else changed").isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed");

        PageSession.Page bad = officer.post(path, form(csrf, "1", "31", "2", "1990", "7", "XXXX", "University of Kent", "4"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Date of birth must be a real date").contains("Gender must be one of")
                .contains("Ethnicity must be one of").contains("Qualification level must be one of").contains("value=\"31\"");
        assertThat(jdbc.sql("SELECT birth_date::text FROM staff_census_details WHERE user_id = ?").param(worker)
                .query(String.class).single()).as("nothing of a refused form is saved").isEqualTo("1990-03-27");

        PageSession.Page backwards = officer.post(path + "/absences", "_csrf", csrf, "reason", "SIC", "firstDay", "10", "firstMonth", "3",
                "firstYear", "2025", "lastDay", "3", "lastMonth", "3", "lastYear", "2025");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("must be the same as or after the first day").contains("value=\"10\"");
        assertThat(officer.post(path + "/absences", "_csrf", csrf, "reason", "SIC", "firstDay", "3", "firstMonth", "3",
                "firstYear", "2025", "lastDay", "7", "lastMonth", "3", "lastYear", "2025").status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM staff_absence WHERE user_id = ?").param(worker).query(Long.class).single()).isEqualTo(1);

        PageSession leader = PageSession.signedIn(port, "leader");
        PageSession.Page read = leader.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("University of Kent").doesNotContain("id=\"save\"");
        assertThat(leader.post(path, form(read.csrf(), "1", "1", "1", "1980", "1", "WBRI", "Elsewhere", "2")).status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "social").get(path).status()).isEqualTo(403);
        assertThat(officer.get("/returns/workforce-census/staff/999999999").status()).isEqualTo(404);

        Api.Response json = new Api(port, "leader").get("/api/v1/returns/workforce-census/staff/" + worker);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().at("/details/qualInstitution").asString()).isEqualTo("University of Kent");
        assertThat(json.json().at("/absences/0/reason").asString()).isEqualTo("SIC");
        assertThat(new Api(port, "social").get("/api/v1/returns/workforce-census/staff/" + worker).status()).isEqualTo(403);
        assertThat(new Api(port, "leader").get("/api/v1/returns/workforce-census/staff/999999999").status()).isEqualTo(404);
    }

    private static List<String> form(String csrf, String version, String day, String month, String year, String gender,
                                     String ethnicity, String institution, String level) {
        return List.of("_csrf", csrf, "version", version, "birthDay", day, "birthMonth", month, "birthYear", year, "gender", gender,
                "ethnicity", ethnicity, "qualInstitution", institution, "qualLevel", level, "stepUpGraduate", "", "frontlineGraduate", "no",
                "startOrigin", "", "leaverDestination", "", "reasonLeave", "");
    }
}
