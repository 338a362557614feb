package org.opencsc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.chronology.EventLog;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Storage in a configured directory: the file is named from its sha256 (never the user's name),
 * no temporary file is left, the row says DIRECTORY with the relative path and holds no bytes in
 * the database, and reading back checks the sha256, so a missing or changed file is a clear
 * refusal. The service is built here with its own store (the shared context keeps the database).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentDirectoryStorageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessPolicy access;
    @Autowired
    EventLog events;
    @Autowired
    Clock clock;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    TransactionTemplate tx;
    @TempDir
    Path directory;

    DocumentTestChild child;

    @BeforeAll
    void aChild() {
        child = DocumentTestChild.referred(journey, clock);
    }

    private Documents documentsIn(Path dir) {
        return new Documents(jdbc, access, events, clock, new DocumentStore(jdbc, dir.toString()), 20 * 1024 * 1024);
    }

    private long upload(Documents documents, String name, String text) {
        return documents.upload(child.id(), new Documents.Upload("OTHER", "Note", child.today(), name, text.getBytes(StandardCharsets.UTF_8)),
                child.social(), AccessLog.Channel.API, "/test");
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT storage, storage_path, sha256, (SELECT count(*) FROM document_content c WHERE c.document_id = d.id) AS in_db"
                + " FROM document d WHERE id = ?").params(id).query().singleRow();
    }

    @Test
    void aFileIsNamedFromItsSha256AndReadBackChecked() throws IOException {
        Documents documents = documentsIn(directory);
        String text = "Kept in the directory " + System.nanoTime();
        long id = upload(documents, "Visit notes.txt", text);
        Map<String, Object> row = row(id);
        String sha = (String) row.get("sha256");
        assertThat(row.get("storage")).isEqualTo("DIRECTORY");
        assertThat(row.get("storage_path")).isEqualTo(sha.substring(0, 2) + "/" + sha);
        assertThat((Long) row.get("in_db")).isZero();
        Path file = directory.resolve((String) row.get("storage_path"));
        assertThat(Files.readString(file)).isEqualTo(text);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly(sha);
        }
        DocumentDownload download = documents.download(child.id(), id, child.social(), AccessLog.Channel.API, "/test");
        assertThat(new String(download.content(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(download.fileName()).isEqualTo("Visit notes.txt");

        long again = upload(documents, "copy.txt", text);
        assertThat(row(again).get("storage_path")).as("the same bytes are one file").isEqualTo(row.get("storage_path"));
    }

    @Test
    void aMissingOrChangedFileIsAClearRefusal() throws IOException {
        Documents documents = documentsIn(directory);
        long changed = upload(documents, "a.txt", "To be changed " + System.nanoTime());
        Path file = directory.resolve((String) row(changed).get("storage_path"));
        Files.writeString(file, "Tampered");
        assertThatThrownBy(() -> documents.download(child.id(), changed, child.social(), AccessLog.Channel.API, "/test"))
                .isInstanceOf(DocumentStore.Unavailable.class).hasMessageContaining("has changed");

        long missing = upload(documents, "b.txt", "To be lost " + System.nanoTime());
        Files.delete(directory.resolve((String) row(missing).get("storage_path")));
        assertThatThrownBy(() -> documents.download(child.id(), missing, child.social(), AccessLog.Channel.API, "/test"))
                .isInstanceOf(DocumentStore.Unavailable.class).hasMessageContaining("missing");
    }

    @Test
    void aGeneratedDocumentGoesToTheDirectoryToo() {
        DocumentStore store = new DocumentStore(jdbc, directory.toString());
        GeneratedDocuments generated = new GeneratedDocuments(jdbc, events, clock, store);
        byte[] pdf = ("%PDF-1.4 letter " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        StoredDocument doc = tx.execute(s -> generated.add(new GeneratedDocument(DocumentKind.LETTER_BEFORE_PROCEEDINGS,
                "Letter", child.today(), "letter.pdf", "application/pdf", pdf, List.of(child.id()), null), journey.user("manager")));
        assertThat(row(doc.id()).get("storage")).isEqualTo("DIRECTORY");
        assertThat(store.readFile((String) row(doc.id()).get("storage_path"), doc.sha256())).isEqualTo(pdf);
    }

    @Test
    void withNoDirectoryTheBytesStayInTheDatabase() {
        Documents documents = new Documents(jdbc, access, events, clock, new DocumentStore(jdbc, ""), 1024);
        long id = upload(documents, "db.txt", "In the database");
        assertThat(row(id).get("storage")).isEqualTo("DATABASE");
        assertThat((Long) row(id).get("in_db")).isEqualTo(1);
    }

    /** The running app here keeps documents in the database, so a row saying DIRECTORY cannot be read: a clear 503 page and problem, not a 500. */
    @Test
    void aFileTheAppCannotReachIsAClearPageAndProblem() {
        long id = upload(documentsIn(directory), "elsewhere.txt", "Kept elsewhere " + System.nanoTime());
        PageSession.Page page = PageSession.signedIn(port, "social").get("/people/" + child.id() + "/documents/" + id);
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("no directory is configured", "Ask your administrator");
        Api.Response api = new Api(port, "social").get("/api/v1/people/" + child.id() + "/documents/" + id + "/content");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.contentType()).contains("problem+json");
        assertThat(api.body()).contains("no directory is configured");
    }
}
