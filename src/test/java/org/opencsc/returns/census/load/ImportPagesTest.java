package org.opencsc.returns.census.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.load.ImportSamples.freeBirthDate;
import static org.opencsc.returns.census.load.ImportSamples.message;
import static org.opencsc.returns.census.load.ImportSamples.sha;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.returns.census.rules.CensusSamples;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The page where a data officer decides who an uncertain child of an import is. */
@IntegrationTest
class ImportPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    CensusImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;

    @Test
    void aLeaderSeesTheUncertainChildWithItsCandidateAndLoadsItAsANewChild() {
        Fixtures fixtures = new Fixtures(personService, users, jdbc);
        LocalDate born = freeBirthDate(jdbc);
        String surname = Fixtures.uniqueSurname("Pagecheck");
        long held = fixtures.child("Fay", surname, born);
        CensusSamples.ChildBuilder c = ImportSamples.child(born);
        ImportResult result = imports.importMessage(message(c.build()), "page.xml", sha(), users.findByUsername("dataofficer").orElseThrow());
        long pendingId = imports.uncertain(result.importId(), users.findByUsername("dataofficer").orElseThrow()).getFirst().id();
        String path = "/returns/cin-census/imports/" + result.importId();
        PageSession leader = PageSession.signedIn(port, "dataofficer");

        PageSession.Page page = leader.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("LAchildID " + c.laChildId).contains("The same child as record " + held + ": Fay " + surname)
                .contains("A new child");

        PageSession.Page nothingChosen = leader.post(path + "/children/" + pendingId, "_csrf", page.csrf());
        assertThat(nothingChosen.status()).isEqualTo(200);
        assertThat(nothingChosen.body()).contains("There is a problem").contains("Choose whether this is the same child");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE la_child_id = :id").param("id", c.laChildId).query(Long.class).single())
                .isZero();

        PageSession.Page chosen = leader.post(path + "/children/" + pendingId, "choice", "NEW", "_csrf", page.csrf());
        assertThat(chosen.status()).isEqualTo(302);
        long created = jdbc.sql("SELECT id FROM person WHERE la_child_id = :id").param("id", c.laChildId).query(Long.class).single();
        assertThat(created).isNotEqualTo(held);
        assertThat(leader.get(path).body()).contains("Loaded as a new child").contains("/people/" + created);
    }

    @Test
    void aSocialWorkerMayNotSeeAnImport() {
        ImportResult result = imports.importMessage(message(ImportSamples.child(freeBirthDate(jdbc)).build()), "page2.xml", sha(),
                users.findByUsername("dataofficer").orElseThrow());
        assertThat(PageSession.signedIn(port, "social").get("/returns/cin-census/imports/" + result.importId()).status())
                .isEqualTo(403);
    }
}
