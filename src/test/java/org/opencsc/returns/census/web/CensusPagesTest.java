package org.opencsc.returns.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.opencsc.person.RecordRestriction;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.Multipart;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The census pages over real HTTP: who may open them, the export and its access log entry, the
 * report with a child the export could not include, the CSV, bad years, and uploaded files.
 * The 2026 census (1 April 2025 to 31 March 2026) is in the past on any day these run.
 */
@IntegrationTest
class CensusPagesTest {

    @Autowired
    ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    @Test
    void theDataOfficerAndTheLeaderUseTheCensusAndEveryoneElseIsRefused() {
        for (String allowed : List.of("dataofficer", "leader")) {
            PageSession.Page page = PageSession.signedIn(port, allowed).get("/returns/cin-census");
            assertThat(page.status()).as(allowed).isEqualTo(200);
            assertThat(page.body()).contains("Children in Need census", "Export XML", "Check the data");
            assertThat(page.body().contains("Import the file")).as("%s may import", allowed).isEqualTo("dataofficer".equals(allowed));
        }
        for (String refused : List.of("social", "manager", "auditor", "inspector", "admin", "contact")) {
            PageSession session = PageSession.signedIn(port, refused);
            for (String path : List.of("/returns/cin-census", "/returns/cin-census/export?year=2026",
                    "/returns/cin-census/report?year=2026", "/returns/cin-census/report.csv?year=2026")) {
                PageSession.Page page = session.get(path);
                assertThat(page.status()).as("%s %s", refused, path).isEqualTo(403);
                assertThat(page.body()).as("the refusal page").contains("Only a data and performance officer");
            }
        }
        long denied = jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'auditor' AND action = 'DENIED' "
                + "AND path = '/returns/cin-census/export'").query(Long.class).single();
        assertThat(denied).as("refusals in the access log").isPositive();
    }

    @Test
    void theLeaderCannotImportButTheDataOfficerIsOfferedIt() {
        PageSession leader = PageSession.signedIn(port, "leader");
        String token = leader.get("/returns/cin-census").csrf();
        PageSession.Page refused = leader.post("/returns/cin-census/imports?_csrf=" + token,
                Multipart.file("file", "cin.xml", "<Message/>"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Only a data and performance officer can import");
    }

    @Test
    void theDataOfficerImportsAFileAndSeesWhatItDidAndTheSameFileAgainChangesNothing() {
        CensusFiles.OneChild file = CensusFiles.newChild(jdbc);
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        String token = officer.get("/returns/cin-census").csrf();
        PageSession.Page first = officer.post("/returns/cin-census/imports?_csrf=" + token,
                Multipart.file("file", "other-system.xml", file.xml()));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Census imported", "other-system.xml");
        assertThat(first.body()).containsPattern("id=\"created\"[^>]*>1<");
        long person = jdbc.sql("SELECT id FROM person WHERE la_child_id = ?").params(file.laChildId()).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'dataofficer' AND path = '/returns/cin-census/imports' "
                + "AND listed @> ARRAY[CAST(? AS bigint)]").params(person).query(Long.class).single()).isEqualTo(1);

        PageSession.Page again = officer.post("/returns/cin-census/imports?_csrf=" + token,
                Multipart.file("file", "other-system.xml", file.xml()));
        assertThat(again.body()).contains("This file was imported before");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE la_child_id = ?").params(file.laChildId())
                .query(Long.class).single()).isEqualTo(1);

        PageSession.Page broken = officer.post("/returns/cin-census/imports?_csrf=" + token,
                Multipart.file("file", "broken.xml", "<?xml version=\"1.0\"?>\n<Message>\n  <Header>\n</Message>\n"));
        assertThat(broken.body()).contains("The file was refused", "Nothing in it was loaded");
    }

    @Test
    void theExportIsASchemaValidFileNamedForItsYearAndIsLoggedWithTheYearAndHowManyChildren() throws Exception {
        ProtectionJourney.Referred child = journey.referredAndAllocated(LocalDate.of(2025, 5, 6));
        jdbc.sql("UPDATE person SET ethnicity = 'WBRI' WHERE id = ?").params(child.child()).update();
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        PageSession.Page xml = officer.get("/returns/cin-census/export?year=2026");
        assertThat(xml.status()).isEqualTo(200);
        CensusXml.schema().newValidator().validate(new StreamSource(
                new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8))));
        assertThat(xml.body()).contains("<LAchildID>" + child.child() + "</LAchildID>");

        String terms = jdbc.sql("""
                        SELECT search_terms FROM access_log WHERE username = 'dataofficer' AND action = 'SEARCH'
                        AND listed @> ARRAY[CAST(? AS bigint)] AND path = '/returns/cin-census/export' ORDER BY id DESC LIMIT 1
                        """).params(child.child()).query(String.class).single();
        int children = xml.body().split("<Child>", -1).length - 1;
        assertThat(terms).isEqualTo("CIN census 2026 export: " + children + " children"
                + notExportable(terms));
    }

    @Test
    void aChildTheExportCannotHoldIsListedWithTheReasonUntilItIsRecorded() {
        ProtectionJourney.Referred child = journey.referredAndAllocated(LocalDate.of(2025, 6, 2));
        PageSession leader = PageSession.signedIn(port, "leader");

        PageSession.Page report = leader.get("/returns/cin-census/report?year=2026");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("Check of the 2025 to 2026 census", "Children who could not be exported");
        String row = rowFor(report.body(), "/people/" + child.child());
        assertThat(row).as("the child's row").contains("No ethnicity is recorded");

        jdbc.sql("UPDATE person SET ethnicity = 'WIRI' WHERE id = ?").params(child.child()).update();
        // Exported now, the child may still have the rules' problems (they are listed by child), but is not unexportable.
        PageSession.Page again = leader.get("/returns/cin-census/report?year=2026");
        assertThat(unexportableTable(again.body())).doesNotContain("href=\"/people/" + child.child() + "\"");
    }

    @Test
    void aRestrictedChildIsReportedByLaChildIdAloneAndEveryTableHasACaptionAndColumnHeaders() {
        CensusYear year = CensusYears.current(clock);
        // Both of school age with no UPN and no reason why (8770Q); one restricted; a third the export cannot hold.
        var open = journey.referredAndAllocated(year.start(), "social", year.referenceDate().minusYears(10), "WBRI");
        var sealed = journey.referredAndAllocated(year.start(), "social", year.referenceDate().minusYears(10), "WBRI");
        journey.referredAndAllocated(year.start());
        restriction.restrict(sealed.child(), List.of(), "Witness protection", journey.user("manager"));

        String html = PageSession.signedIn(port, "leader").get("/returns/cin-census/report?year=" + year.year()).body();
        assertThat(section(html, open.child())).contains("href=\"/people/" + open.child() + "\"",
                "href=\"/people/" + open.child() + "/census-details\"");
        assertThat(section(html, sealed.child())).as("the restricted child's problems").contains("8770Q", "Not linked");
        assertThat(html).as("links to the restricted child").doesNotContain("/people/" + sealed.child() + "\"",
                "/people/" + sealed.child() + "/");

        assertThat(html).contains("id=\"by-rule\"", "id=\"unexportable\"");
        Matcher table = Pattern.compile("<table[^>]*id=\"([^\"]+)\"[^>]*>(.*?)</table>", Pattern.DOTALL).matcher(html);
        int tables = 0;
        while (table.find()) {
            tables++;
            assertThat(table.group(2)).as("table %s has a caption", table.group(1)).contains("<caption");
            assertThat(Arrays.stream(table.group(2).split("<th ", -1)).skip(1).toList()).as("table %s's headers", table.group(1))
                    .isNotEmpty().allMatch(th -> th.substring(0, th.indexOf('>')).contains("scope=\"col\""));
        }
        assertThat(tables).isGreaterThanOrEqualTo(3);
    }

    /** The report's section for one child (by LAchildID, which is the record's id for a child OpenCSC made). */
    private static String section(String html, long child) {
        int start = html.indexOf("id=\"child-" + child + "\"");
        assertThat(start).as("the section of child %s", child).isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void theCsvHasTheHeaderTheDfeToolsExpect() {
        PageSession.Page csv = PageSession.signedIn(port, "dataofficer").get("/returns/cin-census/report.csv?year=2026");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("LAchildID,rule_code,type,module,fields,message\r\n");
    }

    @Test
    void aYearThatIsNotOneIsSaidOnThePageNeverA500() {
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        for (String year : List.of("1.5", "20266", "", "2099", "1999", "abc")) {
            for (String path : List.of("/returns/cin-census/report?year=", "/returns/cin-census/export?year=",
                    "/returns/cin-census/report.csv?year=", "/returns/cin-census?year=")) {
                PageSession.Page page = officer.get(path + java.net.URLEncoder.encode(year, StandardCharsets.UTF_8));
                if (year.isEmpty() && path.equals("/returns/cin-census?year=")) {
                    assertThat(page.status()).isEqualTo(400);
                    continue;
                }
                assertThat(page.status()).as("%s%s", path, year).isEqualTo(400);
                assertThat(page.body()).as("%s%s", path, year).contains("There is a problem", "govuk-error-message");
            }
        }
        assertThat(officer.get("/returns/cin-census/report").status()).as("no year").isEqualTo(400);
    }

    @Test
    void aFileTheSchemaRefusesIsListedWithLinesAndColumnsAndAGoodOneIsReported() {
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        String token = officer.get("/returns/cin-census").csrf();
        PageSession.Page refused = officer.post("/returns/cin-census/check?_csrf=" + token,
                Multipart.file("file", "broken.xml", "<?xml version=\"1.0\"?>\n<Message>\n  <Header>\n</Message>\n"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("The file was refused", "broken.xml");
        assertThat(refused.body()).containsPattern("<td[^>]*>4</td>");

        String exported = officer.get("/returns/cin-census/export?year=2026").body();
        PageSession.Page checked = officer.post("/returns/cin-census/check?_csrf=" + token,
                Multipart.file("file", "cin-census-2026.xml", exported));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("Census file cin-census-2026.xml", "Check of the 2025 to 2026 census");

        PageSession.Page none = officer.post("/returns/cin-census/check?_csrf=" + token, Multipart.file("file", "", ""));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Choose a census file");
    }

    @Test
    void aFileOverTheLimitIsToldSoOnThePage() {
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        String token = officer.get("/returns/cin-census").csrf();
        byte[] huge = new byte[64 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        PageSession.Page page = officer.post("/returns/cin-census/check?_csrf=" + token, Multipart.file("file", "big.xml", huge));
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("The file is larger than 64 MB");
    }

    private static String notExportable(String terms) {
        int at = terms.indexOf(", ");
        return at < 0 ? "" : terms.substring(at);
    }

    /** The table of children the export could not hold, or "" when there is none. */
    private static String unexportableTable(String html) {
        int start = html.indexOf("id=\"unexportable\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</table>", start));
    }

    /** The table row holding this link. */
    private static String rowFor(String html, String href) {
        int link = html.indexOf("href=\"" + href + "\"");
        assertThat(link).as("a link to " + href).isPositive();
        int start = html.lastIndexOf("<tr", link);
        int end = html.indexOf("</tr>", link);
        return html.substring(start, end);
    }
}
