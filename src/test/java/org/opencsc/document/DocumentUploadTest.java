package org.opencsc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.person.RecordRestriction;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.Multipart;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads are checked by content: each bad one (empty, over the limit, an executable named .pdf, a
 * zip bomb named .docx, a name with a path or a control character) is refused with its reason and
 * nothing is stored; a good one is listed, in the chronology, downloaded with the access log entry,
 * and withdrawn (kept, never deleted). A letter about a restricted sibling is not shown through
 * the other child's record.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentUploadTest {

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;
    @Autowired
    GeneratedDocuments generated;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    RecordRestriction restriction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    long kai;
    long mia;
    CurrentUser social;
    LocalDate today;

    @BeforeAll
    void children() {
        today = LocalDate.now(clock);
        kai = journey.referredAndAllocated(today.minusDays(10)).child();
        mia = journey.referredAndAllocated(today.minusDays(5), "family").child(); // not Sam Social's: the restriction names the allocated worker
        restriction.restrict(mia, List.of(), "Child of a member of staff", journey.user("dutymanager"));
        social = journey.user("social");
    }

    private long stored(long person) {
        return jdbc.sql("SELECT count(*) FROM document_subject WHERE person_id = ?").params(person).query(Long.class).single();
    }

    private void refused(String name, byte[] content, String message) {
        long before = stored(kai);
        assertThatThrownBy(() -> documents.upload(kai, new Documents.Upload("PARTNER_REPORT", "Report", today, name, content),
                social, AccessLog.Channel.API, "/test"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .anySatisfy(p -> assertThat(p.field() + ": " + p.message()).startsWith("file: ").contains(message)));
        assertThat(stored(kai)).as("nothing stored for %s", name).isEqualTo(before);
    }

    @Test
    void eachBadUploadIsRefusedWithItsReasonAndNothingStored() throws IOException {
        refused("empty.pdf", new byte[0], "empty");
        refused("big.txt", "a".repeat((int) documents.maxBytes() + 1).getBytes(StandardCharsets.US_ASCII), "larger than 20 MB");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        refused("report.pdf", exe, "program");
        refused("bomb.docx", zip("word/document.xml", new byte[50 * 1024 * 1024]), "zip bomb");
        refused("notword.docx", zip("something.xml", "<x/>".getBytes(StandardCharsets.UTF_8)), "not one");
        refused("../../etc/passwd.txt", "hello".getBytes(StandardCharsets.UTF_8), "folder path");
        refused("..\\evil.txt", "hello".getBytes(StandardCharsets.UTF_8), "folder path");
        refused("nul\0.txt", "hello".getBytes(StandardCharsets.UTF_8), "control character");
        refused("page.html", "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), "cannot be kept");
    }

    @Test
    void aGoodUploadIsListedInTheChronologyDownloadedWithTheLogAndWithdrawnNotDeleted() throws IOException {
        long id = documents.upload(kai, new Documents.Upload("PARTNER_REPORT", "School report", today.minusDays(3), "report.docx",
                officeFile()), social, AccessLog.Channel.API, "/test");
        assertThat(documents.listFor(kai, social)).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.mediaType()).isEqualTo(UploadCheck.DOCX);
            assertThat(d.addedBy()).isNotBlank();
            assertThat(d.withdrawn()).isFalse();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM event e JOIN event_subject s ON s.event_id = e.id WHERE s.person_id = ? AND e.type = 'DOCUMENT_ADDED'")
                .params(kai).query(Long.class).single()).isPositive();

        PageSession page = PageSession.signedIn(port, "social");
        long logged = logged(id);
        PageSession.Page download = page.get("/people/" + kai + "/documents/" + id);
        assertThat(download.status()).isEqualTo(200);
        assertThat(logged(id)).isEqualTo(logged + 1);
        assertThat(page.get("/people/" + kai + "/documents").body()).contains("School report", "report.docx", "Report from a partner agency");

        documents.withdraw(kai, id, "Uploaded to the wrong child", social, AccessLog.Channel.API, "/test");
        assertThat(documents.listFor(kai, social)).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.withdrawnReason()).isEqualTo("Uploaded to the wrong child");
        });
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM document_content WHERE document_id = ?").params(id).update())
                .hasMessageContaining("documents are kept");
        assertThatThrownBy(() -> jdbc.sql("UPDATE document_content SET content = '\\x00' WHERE document_id = ?").params(id).update())
                .hasMessageContaining("documents are kept");
    }

    @Test
    void thePageRefusesABadFileWithTheErrorSummaryAndKeepsWhatWasTyped() {
        PageSession page = PageSession.signedIn(port, "social");
        String token = page.get("/people/" + kai + "/documents/new").csrf();
        long before = stored(kai);
        PageSession.Page refused = page.post("/people/" + kai + "/documents?_csrf=" + token
                + "&kind=COURT_DOCUMENT&title=Order&documentDateDay=1&documentDateMonth=2&documentDateYear=2020",
                Multipart.file("file", "../order.pdf", "hello"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "folder path", "value=\"Order\"");
        assertThat(stored(kai)).isEqualTo(before);
        PageSession.Page ok = page.post("/people/" + kai + "/documents?_csrf=" + token
                + "&kind=COURT_DOCUMENT&title=Order&documentDateDay=1&documentDateMonth=2&documentDateYear=2020",
                Multipart.file("file", "order.txt", "The court orders"));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(stored(kai)).isEqualTo(before + 1);
    }

    @Test
    void aLetterAboutARestrictedSiblingIsNotShownOrOpenedThroughTheOtherRecord() {
        StoredDocument letter = tx.execute(s -> generated.add(new GeneratedDocument(DocumentKind.LETTER_BEFORE_PROCEEDINGS,
                "Letter to the family", today, "letter.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                List.of(kai, mia), null), journey.user("dutymanager")));
        assertThat(documents.listFor(kai, social)).noneSatisfy(d -> assertThat(d.id()).isEqualTo(letter.id()));
        assertThatThrownBy(() -> documents.download(kai, letter.id(), social, AccessLog.Channel.API, "/test"))
                .isInstanceOf(RecordAccessDeniedException.class);
        assertThat(PageSession.signedIn(port, "social").get("/people/" + kai + "/documents/" + letter.id()).status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, "social").get("/people/" + kai + "/documents").body()).doesNotContain("Letter to the family");
    }

    @Test
    void theApiListsDownloadsWithNosniffAndRefusesAWithdrawalWithoutAReason() {
        long id = documents.upload(kai, new Documents.Upload("OTHER", "Api note", today, "note.txt",
                "A note".getBytes(StandardCharsets.UTF_8)), social, AccessLog.Channel.API, "/test");
        Api api = new Api(port, "social");
        Api.Response list = api.get("/api/v1/people/" + kai + "/documents");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Api note", "note.txt");
        Api.Response content = api.get("/api/v1/people/" + kai + "/documents/" + id + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(content.header("Content-Disposition")).startsWith("attachment").contains("note.txt");
        Api.Response refused = api.post("/api/v1/people/" + kai + "/documents/" + id + "/withdrawal", "{\"reason\": \" \"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("reason");
    }

    private long logged(long docId) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE person_id = ? AND action = 'VIEW' AND path = ?")
                .params(kai, "/people/" + kai + "/documents/" + docId).query(Long.class).single();
    }

    private static byte[] officeFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
