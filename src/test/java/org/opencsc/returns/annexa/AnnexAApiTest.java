package org.opencsc.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Annex A over /api/v1/returns/annex-a for the hand-made child {@link AnnexAChild}: every list's
 * columns in the template's order, her rows value by value (worked out by hand from her history),
 * the workbook opening in POI with a sheet per list, the CSVs parsing, who may, and bad input.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnexAApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String AT = "?date=2026-06-30";

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    AnnexAChild kim;

    @BeforeAll
    void kim() {
        kim = AnnexAChild.create(jdbc);
    }

    @Test
    void everyListsCsvHasTheTemplatesColumnsInItsOrder() throws IOException {
        for (Map.Entry<Integer, List<String>> list : AnnexATemplate.HEADINGS.entrySet()) {
            List<CSVRecord> rows = csv(list.getKey());
            assertThat(rows.getFirst().toList()).as("list %d", list.getKey()).containsExactlyElementsOf(list.getValue());
            for (CSVRecord row : rows) {
                assertThat(row.size()).as("list %d row %d", list.getKey(), row.getRecordNumber())
                        .isEqualTo(list.getValue().size());
            }
        }
    }

    @Test
    void kimsContactsAreTheTwoInTheSixMonthsNotTheOneExactlySixMonthsBefore() throws IOException {
        List<CSVRecord> rows = kims(csv(1));
        // 30 December 2025 is the same date six months before 30 June 2026: outside; 5 January and 2 April inside.
        assertThat(rows).extracting(CSVRecord::toList).containsExactly(
                List.of(kim.childId, "b) Female", "g) MWBA", "10/03/2015", "11", "05/01/2026", "e) 2A: Schools"),
                List.of(kim.childId, "b) Female", "g) MWBA", "10/03/2015", "11", "02/04/2026", "g) 3A: Health services"));
    }

    @Test
    void kimsReferralCountsTheOneInTheTwelveMonthsBeforeItNotTheOneExactlyTwelveMonthsBefore() throws IOException {
        List<CSVRecord> rows = kims(csv(3));
        // 1 March 2025 is in the 12 months before 5 January 2026; 5 January 2025 is exactly 12 months before: 1.
        // The team's name starts with "=": it arrives as text, with an apostrophe.
        assertThat(rows).extracting(CSVRecord::toList).containsExactly(
                List.of(kim.childId, "b) Female", "g) MWBA", "10/03/2015", "11", "05/01/2026", "e) 2A: Schools", "b) No", "1",
                        "'" + kim.team, kim.worker));
    }

    @Test
    void kimsEarlyHelpAssessmentEnquiryEpisodeAndPlanRows() throws IOException {
        assertThat(kims(csv(2))).extracting(CSVRecord::toList).containsExactly(
                List.of(kim.childId, "b) Female", "g) MWBA", "10/03/2015", "11", "03/04/2026", "", "Family Hub North"));
        // Seen at the 20 January visit, inside the assessment (6 January to 20 February); child in need: support needed.
        assertThat(kims(csv(4))).extracting(CSVRecord::toList).containsExactly(
                List.of(kim.childId, "b) Female", "g) MWBA", "10/03/2015", "11", "a) Yes", "06/01/2026", "a) Yes",
                        "25/02/2026", "a) Yes", "'" + kim.team, kim.worker));
        // The March 2025 enquiry and conference are in the 12 months before 23 February 2026: 1 and 1.
        assertThat(kims(csv(5))).extracting(CSVRecord::toList).containsExactly(
                List.of(kim.childId, "b) Female", "g) MWBA", "10/03/2015", "11", "a) Yes", "23/02/2026", "b) No",
                        "12/03/2026", "a) Yes", "1", "1", "'" + kim.team, kim.worker));
        // Only the 2026 episode: the 2025 ones closed before 31 December 2025. Last seen 15 May (10 July is after the date).
        assertThat(kims(csv(6))).extracting(CSVRecord::toList).containsExactly(
                List.of(kim.childId, "b) Female", "g) MWBA", "10/03/2015", "11", "a) Yes", "05/01/2026",
                        "N1 - Abuse or neglect", "15/05/2026", "", "", "b) Child Protection plan", "'" + kim.team, kim.worker));
    }

    @Test
    void kimsChildProtectionRowValueByValue() throws IOException {
        List<CSVRecord> rows = csvByHeading(7).stream().filter(r -> r.get(0).equals(kim.childId)).toList();
        // The 2025 plan ended 15 September 2025 (before the six months): not listed, but it is her one previous plan.
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.getFirst();
        assertThat(row.get("Child Unique ID")).isEqualTo(kim.childId);
        assertThat(row.get("Gender")).isEqualTo("b) Female");
        assertThat(row.get("Ethnicity")).isEqualTo("g) MWBA");
        assertThat(row.get("Date of Birth")).isEqualTo("10/03/2015");
        assertThat(row.get("Age of Child (Years)")).isEqualTo("11");
        assertThat(row.get("Does the Child have a Disability")).isEqualTo("a) Yes");
        assertThat(row.get("Child Protection Plan Start Date")).isEqualTo("12/03/2026");
        assertThat(row.get("Initial Category of Abuse")).isEqualTo("d) Emotional abuse");
        assertThat(row.get("Latest Category of Abuse")).isEqualTo("a) Neglect");
        assertThat(row.get("Date of the Last Statutory Visit")).isEqualTo("15/05/2026");
        assertThat(row.get("Was the Child Seen Alone?")).isEqualTo("a) Yes");
        assertThat(row.get("Date of latest review conference")).isEqualTo("04/06/2026");
        assertThat(row.get("Child Protection Plan End Date")).isEmpty();
        assertThat(row.get("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"))
                .as("OpenCSC records no EPOs: blank, not a No nobody recorded").isEmpty();
        assertThat(row.get("Number of Previous Child Protection Plans")).isEqualTo("1");
        assertThat(row.get("Allocated Team")).isEqualTo("'" + kim.team);
        assertThat(row.get("Allocated Worker")).isEqualTo(kim.worker);
    }

    @Test
    void theWorkbookOpensWithASheetPerListItsHeadingsAndKimsRowWithRealDates() throws IOException {
        Download xlsx = Download.get(port, "inspector", "/api/v1/returns/annex-a" + AT);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(XLSX);
        assertThat(xlsx.disposition()).contains("annex-a-2026-06-30.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(11);
            for (int i = 0; i < 11; i++) {
                Sheet sheet = book.getSheetAt(i);
                assertThat(sheet.getSheetName()).startsWith("List " + (i + 1) + " ");
                List<String> headings = new ArrayList<>();
                sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
                assertThat(headings).as(sheet.getSheetName()).containsExactlyElementsOf(AnnexATemplate.HEADINGS.get(i + 1));
                assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            }
            Sheet referrals = book.getSheetAt(2);
            Row row = null;
            for (Row r : referrals) {
                if (r.getRowNum() > 0 && kim.childId.equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).as("Kim's referral").isNotNull();
            Cell referred = row.getCell(5);
            assertThat(referred.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(referred)).isTrue();
            assertThat(referred.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(11.0);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("'" + kim.team);
            assertThat(book.getSheetAt(7).getPhysicalNumberOfRows()).as("looked after: headings only").isEqualTo(1);
        }
    }

    @Test
    void aDownloadIsLoggedWithTheDateTheListAndTheChildrenListed() throws IOException {
        csv(3);
        List<Long> listed = jdbc.sql("""
                        SELECT unnest(listed) FROM access_log WHERE id = (SELECT max(id) FROM access_log
                        WHERE username = 'dataofficer' AND search_terms LIKE 'Ofsted Annex A at 2026-06-30, list 3 %')""")
                .query(Long.class).list();
        assertThat(listed).contains(kim.personId);
        String terms = jdbc.sql("""
                        SELECT search_terms FROM access_log WHERE username = 'dataofficer' AND channel = 'API'
                        AND search_terms LIKE 'Ofsted Annex A at 2026-06-30, list 3 %' ORDER BY id DESC LIMIT 1""")
                .query(String.class).single();
        assertThat(terms).matches("Ofsted Annex A at 2026-06-30, list 3 \\(Referrals\\) CSV: [0-9]+ rows?");

        Download.get(port, "leader", "/api/v1/returns/annex-a" + AT);
        String workbook = jdbc.sql("""
                        SELECT search_terms FROM access_log WHERE username = 'leader' AND channel = 'API'
                        AND search_terms LIKE 'Ofsted Annex A at 2026-06-30, workbook:%' ORDER BY id DESC LIMIT 1""")
                .query(String.class).single();
        assertThat(workbook).contains("list 1 ", "list 7 ", "list 11 0");
    }

    @Test
    void aRestrictedChildIsListedByTheirIdAloneAndTheDownloadLogsThem() throws IOException {
        String id = "RX" + System.nanoTime() % 1_000_000_000L;
        long sealed = jdbc.sql("""
                INSERT INTO person (is_child, given_name, family_name, date_of_birth, gender, restricted, la_child_id)
                VALUES (true, 'Sealed', ?, DATE '2019-09-01', '1', true, ?) RETURNING id""")
                .params(org.opencsc.support.Fixtures.uniqueSurname("Annex"), id).query(Long.class).single();
        long contact = jdbc.sql("""
                INSERT INTO contact (received_at, recorded_by, source_code, reported, urgency, consent, decision_due_on, status)
                VALUES ('2026-05-01 10:00:00+01', 'contact', '6', 'Police report', 'STANDARD', 'GIVEN', DATE '2026-05-04',
                        'DECIDED') RETURNING id""").query(Long.class).single();
        jdbc.sql("INSERT INTO contact_child VALUES (?, ?)").params(contact, sealed).update();

        List<CSVRecord> rows = csv(1).stream().filter(r -> r.get(0).equals(id)).toList();
        // No name column in the template: the row is the ID, gender, (no ethnicity recorded), date of birth, age.
        assertThat(rows).extracting(CSVRecord::toList)
                .containsExactly(List.of(id, "a) Male", "", "01/09/2019", "6", "01/05/2026", "q) 6: Police"));
        List<Long> listed = jdbc.sql("""
                        SELECT unnest(listed) FROM access_log WHERE id = (SELECT max(id) FROM access_log
                        WHERE username = 'dataofficer' AND search_terms LIKE 'Ofsted Annex A at 2026-06-30, list 1 %')""")
                .query(Long.class).list();
        assertThat(listed).contains(sealed);
    }

    @Test
    void anUnbornChildIsAgedMinusOneAsANumberNotText() throws IOException {
        String id = "UB" + System.nanoTime() % 1_000_000_000L;
        long unborn = jdbc.sql("""
                INSERT INTO person (is_child, family_name, expected_date_of_birth, gender, la_child_id)
                VALUES (true, ?, DATE '2026-08-01', '0', ?) RETURNING id""")
                .params(org.opencsc.support.Fixtures.uniqueSurname("Annex"), id).query(Long.class).single();
        long contact = jdbc.sql("""
                INSERT INTO contact (received_at, recorded_by, source_code, reported, urgency, consent, decision_due_on, status)
                VALUES ('2026-06-30 23:30:00+01', 'contact', '3B', 'Midwife worried', 'STANDARD', 'GIVEN', DATE '2026-07-01',
                        'DECIDED') RETURNING id""").query(Long.class).single();
        jdbc.sql("INSERT INTO contact_child VALUES (?, ?)").params(contact, unborn).update();
        // 23:30 in London on 30 June is 22:30 UTC: the contact is on the inspection date, so on the list.
        assertThat(csv(1).stream().filter(r -> r.get(0).equals(id)).map(CSVRecord::toList))
                .containsExactly(List.of(id, "c) Not stated/recorded", "", "", "-1", "30/06/2026", "h) 3B: Health services"));
    }

    @Test
    void theSeniorLeaderTheDataOfficerAndTheInspectorMayOthersMayNot() {
        for (String allowed : List.of("leader", "dataofficer", "inspector")) {
            Download csv = Download.get(port, allowed, "/api/v1/returns/annex-a" + AT + "&format=csv&list=8");
            assertThat(csv.status()).as(allowed).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
        }
        for (String refused : List.of("social", "manager", "duty", "auditor", "chair", "admin")) {
            Api.Response r = new Api(port, refused).get("/api/v1/returns/annex-a" + AT);
            assertThat(r.status()).as(refused).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aBadDateFormatOrListIsA400NamingTheParameterNeverA500() {
        Api officer = new Api(port, "dataofficer");
        Map<String, String> bad = Map.ofEntries(
                Map.entry("?date=2026-02-30", "date"), Map.entry("?date=30/06/2026", "date"),
                Map.entry("?date=2099-01-01", "date"), Map.entry("?date=1999-12-31", "date"),
                Map.entry("?date=%00", "date"), Map.entry(AT + "&format=pdf", "format"),
                Map.entry(AT + "&format=csv", "list"), Map.entry(AT + "&format=csv&list=12", "list"),
                Map.entry(AT + "&format=csv&list=0", "list"), Map.entry(AT + "&format=csv&list=x", "list"),
                Map.entry(AT + "&list=3", "list"));
        bad.forEach((query, field) -> {
            Api.Response r = officer.get("/api/v1/returns/annex-a" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.contentType()).as(query).startsWith("application/problem+json");
            assertThat(r.json().at("/errors/0/field").asString()).as(query).isEqualTo(field);
        });
    }

    private List<CSVRecord> csv(int list) throws IOException {
        Download csv = Download.get(port, "dataofficer", "/api/v1/returns/annex-a" + AT + "&format=csv&list=" + list);
        assertThat(csv.status()).as("list %d", list).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).as("CRLF line ends").endsWith("\r\n").doesNotContain("\r\r");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.text()), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    /** The same, each row read by its heading (the parser refuses a duplicate or missing heading). */
    private List<CSVRecord> csvByHeading(int list) throws IOException {
        Download csv = Download.get(port, "dataofficer", "/api/v1/returns/annex-a" + AT + "&format=csv&list=" + list);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.text()), format)) {
            return parser.getRecords();
        }
    }

    private List<CSVRecord> kims(List<CSVRecord> rows) {
        return rows.stream().filter(r -> r.getRecordNumber() > 1 && r.get(0).equals(kim.childId)).toList();
    }
}
