package org.opencsc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.Multipart;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Withdrawing is for the person who added the document or a team manager (service, page and API);
 * a file over the limit is refused through the page (GOV.UK error, nothing stored) and the API
 * (problem+json naming {@code file}), never a 500; a multipart API upload comes back byte for byte.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentWithdrawalAndLimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    DocumentTestChild child;
    CurrentUser manager;
    CurrentUser family;

    @BeforeAll
    void aChild() {
        child = DocumentTestChild.referred(journey, clock);
        manager = journey.user("manager");
        family = journey.user("family");
    }

    private long uploadBySocial(String title) {
        return documents.upload(child.id(), new Documents.Upload("OTHER", title, child.today(), "note.txt",
                ("A note " + title).getBytes(StandardCharsets.UTF_8)), child.social(), AccessLog.Channel.API, "/test");
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM document_subject WHERE person_id = ?").params(child.id()).query(Long.class).single();
    }

    private String withdrawnReason(long id) {
        return jdbc.sql("SELECT withdrawn_reason FROM document WHERE id = ?").params(id).query(String.class).optional().orElse(null);
    }

    @Test
    void anotherWorkerCannotWithdrawButTheManagerCan() {
        long id = uploadBySocial("Someone else's");
        assertThatThrownBy(() -> documents.withdraw(child.id(), id, "Not mine", family, AccessLog.Channel.API, "/test"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.listFor(child.id(), family)).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.mayWithdraw()).isFalse();
        });
        assertThat(documents.listFor(child.id(), child.social())).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.mayWithdraw()).isTrue();
        });
        assertThat(withdrawnReason(id)).isNull();

        documents.withdraw(child.id(), id, "Uploaded to the wrong child", manager, AccessLog.Channel.API, "/test");
        assertThat(withdrawnReason(id)).isEqualTo("Uploaded to the wrong child");
    }

    @Test
    void thePageAndTheApiRefuseAnotherWorkersWithdrawal() {
        long id = uploadBySocial("Refused on the page");
        PageSession page = PageSession.signedIn(port, "family");
        PageSession.Page documentsPage = page.get("/people/" + child.id() + "/documents");
        assertThat(documentsPage.body()).contains("Refused on the page").doesNotContain("id=\"withdraw-" + id + "\"");
        PageSession.Page refused = page.post("/people/" + child.id() + "/documents/" + id + "/withdrawal",
                "_csrf", documentsPage.csrf(), "reason", "Not mine");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Only the person who added this document");

        Api.Response api = new Api(port, "family").post("/api/v1/people/" + child.id() + "/documents/" + id + "/withdrawal",
                "{\"reason\": \"Not mine\"}");
        assertThat(api.status()).isEqualTo(403);
        assertThat(withdrawnReason(id)).isNull();

        assertThat(PageSession.signedIn(port, "social").get("/people/" + child.id() + "/documents").body())
                .contains("id=\"withdraw-" + id + "\"");
    }

    @Test
    void anOverLimitFileIsRefusedOnThePageWithNothingStored() {
        PageSession page = PageSession.signedIn(port, "social");
        String token = page.get("/people/" + child.id() + "/documents/new").csrf();
        long before = stored();
        PageSession.Page refused = page.post("/people/" + child.id() + "/documents?_csrf=" + token
                        + "&kind=COURT_DOCUMENT&title=Big+order&documentDateDay=1&documentDateMonth=2&documentDateYear=2020",
                Multipart.file("file", "big.txt", overLimit()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "larger than 20 MB", "value=\"Big order\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anOverLimitFileIsRefusedByTheApiNamingFile() {
        long before = stored();
        Api.Response refused = new Api(port, "social").post("/api/v1/people/" + child.id()
                + "/documents?kind=OTHER&title=Big&documentDate=2020-02-01", Multipart.file("file", "big.txt", overLimit()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(refused.body()).contains("larger than 20 MB");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileOverTheMultipartLimitIsAFourHundredNotAFiveHundred() {
        byte[] huge = new byte[65 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        long before = stored();
        Api.Response refused = new Api(port, "social").post("/api/v1/people/" + child.id()
                + "/documents?kind=OTHER&title=Huge&documentDate=2020-02-01", Multipart.file("file", "huge.txt", huge));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("file");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aMultipartApiUploadComesBackByteForByte() {
        Api api = new Api(port, "social");
        String text = "Signed consent from the parents, " + System.nanoTime();
        Api.Response created = api.post("/api/v1/people/" + child.id() + "/documents?kind=SIGNED_CONSENT&title=Consent&documentDate="
                + child.today().minusDays(1), Multipart.file("file", "consent.txt", text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/people/" + child.id() + "/documents/" + id + "/content");
        Api.Response content = api.get("/api/v1/people/" + child.id() + "/documents/" + id + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(text);
        assertThat(api.get("/api/v1/people/" + child.id() + "/documents").body()).contains("Consent", "consent.txt", "SIGNED_CONSENT");
    }

    private byte[] overLimit() {
        byte[] big = new byte[(int) documents.maxBytes() + 1];
        Arrays.fill(big, (byte) 'a');
        return big;
    }
}
