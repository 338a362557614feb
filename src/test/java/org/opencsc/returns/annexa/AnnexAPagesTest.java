package org.opencsc.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** /returns/annex-a: the date, the lists with their counts and CSV links, the workbook, who may, and a bad date. */
@IntegrationTest
class AnnexAPagesTest {

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void thePageCountsEachListsRowsAndLinksItsCsv() {
        AnnexAChild kim = AnnexAChild.create(jdbc);
        PageSession leader = PageSession.signedIn(port, "leader");
        PageSession.Page before = leader.get("/returns/annex-a?date=2026-06-30");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("Ofsted Annex A", "The lists at 30 June 2026", "Download the workbook (XLSX)",
                "/returns/annex-a/lists/1.csv?date=2026-06-30", "/returns/annex-a/lists/11.csv?date=2026-06-30");
        assertThat(before.inputValue("date")).isEqualTo("2026-06-30");

        // One more contact for Kim inside the six months: list 1's count goes up by exactly one.
        long contactsBefore = rows(before.body(), 1);
        kim.contact("2026-06-01 10:00:00+01", "2A");
        PageSession.Page after = leader.get("/returns/annex-a?date=2026-06-30");
        assertThat(rows(after.body(), 1)).isEqualTo(contactsBefore + 1);
        assertThat(rows(after.body(), 8)).as("looked after: nothing recorded yet").isZero();

        PageSession.Page csv = leader.get("/returns/annex-a/lists/3.csv?date=2026-06-30");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,")
                .contains(kim.childId);
    }

    @Test
    void theWorkbookButtonDownloadsAnXlsx() {
        PageSession inspector = PageSession.signedIn(port, "inspector");
        assertThat(inspector.get("/").body()).as("the menu").contains("href=\"/returns/annex-a\"");
        PageSession.Page xlsx = inspector.get("/returns/annex-a/workbook?date=2026-06-30");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).as("a zip, as an XLSX is").startsWith("PK");
    }

    @Test
    void aBadDateIsSaidOnThePageKeepingWhatWasTyped() {
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        for (String path : List.of("/returns/annex-a", "/returns/annex-a/workbook", "/returns/annex-a/lists/3.csv")) {
            for (String typed : List.of("31/02/2026", "2099-01-01", "tomorrow")) {
                PageSession.Page page = officer.get(path + "?date=" + typed.replace("/", "%2F"));
                assertThat(page.status()).as(path + " " + typed).isEqualTo(400);
                assertThat(page.body()).contains("Error: Ofsted Annex A", "govuk-error-summary");
                assertThat(page.inputValue("date")).isEqualTo(typed);
            }
        }
        assertThat(officer.get("/returns/annex-a/lists/12.csv").status()).isEqualTo(404);
    }

    @Test
    void aSocialWorkerAndOthersAreRefusedAndNotOfferedIt() {
        for (String refused : List.of("social", "manager", "auditor", "contact", "admin")) {
            PageSession session = PageSession.signedIn(port, refused);
            for (String path : List.of("/returns/annex-a", "/returns/annex-a/workbook?date=2026-06-30",
                    "/returns/annex-a/lists/1.csv?date=2026-06-30")) {
                PageSession.Page page = session.get(path);
                assertThat(page.status()).as("%s %s", refused, path).isEqualTo(403);
                assertThat(page.body()).contains("Only a senior leader, a data and performance officer or an inspector");
            }
            assertThat(session.get("/").body()).as(refused + "'s menu").doesNotContain("/returns/annex-a");
        }
    }

    /** The count in the list's row of the page's table. */
    private static long rows(String body, int list) {
        int row = body.indexOf("id=\"list-" + list + "\"");
        int cell = body.indexOf("rows\">", row) + "rows\">".length();
        return Long.parseLong(body.substring(cell, body.indexOf('<', cell)).strip());
    }
}
