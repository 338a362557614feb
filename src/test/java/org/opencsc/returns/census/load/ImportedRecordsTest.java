package org.opencsc.returns.census.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.census.load.ImportSamples.freeBirthDate;
import static org.opencsc.returns.census.load.ImportSamples.message;
import static org.opencsc.returns.census.load.ImportSamples.sha;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.person.PersonService;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.export.CensusExport;
import org.opencsc.returns.census.rules.CensusSamples;
import org.opencsc.returns.census.xml.CensusXml;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.Multipart;
import org.opencsc.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an imported child's records are like where OpenCSC's own differ: an episode with no
 * primary need and no contact; the uncertain children's page as the import's result links to it;
 * a merge while a child waits for a decision.
 */
@IntegrationTest
class ImportedRecordsTest {

    @LocalServerPort
    int port;
    @Autowired
    CensusImport imports;
    @Autowired
    CensusExport export;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;

    private CurrentUser officer() {
        return users.findByUsername("dataofficer").orElseThrow();
    }

    private long personWith(String laChildId) {
        return jdbc.sql("SELECT id FROM person WHERE la_child_id = ?").params(laChildId).query(Long.class).single();
    }

    private long referralOf(long personId) {
        return jdbc.sql("SELECT id FROM referral WHERE person_id = ?").params(personId).query(Long.class).single();
    }

    @Test
    void anEpisodeClosedWithNoFurtherActionAndNoPrimaryNeedImportsShowsAndExportsBackWithout() {
        CensusSamples.ChildBuilder c = ImportSamples.child(freeBirthDate(jdbc));
        CensusSamples.CinDetailsBuilder e = c.episode();
        e.primaryNeedCode = null;
        e.cinClosureDate = e.cinReferralDate.plusDays(3);
        e.reasonForClosure = "RC8";
        e.referralNfa = true;
        e.assessments.clear();
        e.cinPlanDates.clear();
        CensusChild child = c.build();
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        CensusXml.write(message(child), xml);

        ImportResult result = imports.importFile(new java.io.ByteArrayInputStream(xml.toByteArray()), "nfa.xml", officer());

        assertThat(result.refused()).as("%s", result.problems()).isFalse();
        long person = personWith(c.laChildId);
        long referral = referralOf(person);
        assertThat(jdbc.sql("SELECT primary_need_code IS NULL FROM referral WHERE id = ?").params(referral).query(Boolean.class)
                .single()).isTrue();
        PageSession manager = PageSession.signedIn(port, "manager");
        assertThat(manager.get("/people/" + person).status()).isEqualTo(200);
        assertThat(manager.get("/people/" + person).body()).contains("no primary need recorded");
        Api.Response api = new Api(port, "manager").get("/api/v1/referrals/" + referral);
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(api.json().hasNonNull("primaryNeed")).isFalse();
        assertThat(api.json().hasNonNull("contactId")).isFalse();
        assertThat(api.json().path("personId").asLong()).isEqualTo(person);

        List<CensusChild> exported = export.exportChildren(CensusSamples.YEAR, List.of(person)).message().children();
        assertThat(exported).hasSize(1);
        CinDetails back = exported.getFirst().cinDetails().getFirst();
        assertThat(back.primaryNeedCode()).isNull();
        assertThat(back.referralNfa()).isTrue();
        assertThat(back.cinReferralDate()).isEqualTo(e.cinReferralDate);
        assertThat(back.cinClosureDate()).isEqualTo(e.cinClosureDate);
        assertThat(back.reasonForClosure()).isEqualTo("RC8");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        CensusXml.write(export.exportChildren(CensusSamples.YEAR, List.of(person)).message(), again);
        assertThat(again.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<PrimaryNeedCode>");
    }

    @Test
    void twoImportedChildrenFromOneFileAreAllocatedEachOnTheirOwnAndOneWithNoNeedShows() {
        LocalDate longAgo = LocalDate.of(2020, 4, 1);
        CensusSamples.ChildBuilder first = ImportSamples.child(freeBirthDate(jdbc));
        first.episode().cinReferralDate = longAgo;
        first.episode().primaryNeedCode = null;
        CensusSamples.ChildBuilder second = ImportSamples.child(freeBirthDate(jdbc));
        second.episode().cinReferralDate = longAgo;
        ImportResult result = imports.importMessage(message(first.build(), second.build()), "two.xml", sha(), officer());
        assertThat(result.refused()).as("%s", result.problems()).isFalse();
        long one = referralOf(personWith(first.laChildId));
        long two = referralOf(personWith(second.laChildId));

        PageSession manager = PageSession.signedIn(port, "manager");
        PageSession.Page page = manager.get("/referrals/allocation");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"group-r" + one + "\"").contains("id=\"group-r" + two + "\"")
                .doesNotContain("id=\"group-0\"").doesNotContain("from contact 0")
                .contains("Referral imported from a census file");
        assertThat(manager.get("/referrals/" + one + "/closure").status()).isEqualTo(200);
    }

    @Test
    void theImportResultLinksToTheDecisionsWhichAreLoggedAndWithholdARestrictedCandidate() {
        Fixtures fixtures = new Fixtures(personService, users, jdbc);
        LocalDate born = freeBirthDate(jdbc);
        String surname = Fixtures.uniqueSurname("Sealedcand");
        long held = fixtures.child("Ora", surname, born);
        jdbc.sql("UPDATE person SET restricted = true WHERE id = ?").params(held).update();
        CensusSamples.ChildBuilder c = ImportSamples.child(born);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        CensusXml.write(message(c.build()), xml);
        PageSession officer = PageSession.signedIn(port, "dataofficer");
        String token = officer.get("/returns/cin-census").csrf();

        PageSession.Page result = officer.post("/returns/cin-census/imports?_csrf=" + token,
                Multipart.file("file", "sealed.xml", xml.toString(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(result.status()).isEqualTo(200);
        long importId = jdbc.sql("SELECT census_import_id FROM census_import_match WHERE la_child_id = ?").params(c.laChildId)
                .query(Long.class).single();
        String path = "/returns/cin-census/imports/" + importId;
        assertThat(result.body()).contains("href=\"" + path + "\"");
        PageSession.Page decisions = officer.get(path);
        assertThat(decisions.status()).isEqualTo(200);
        assertThat(decisions.body()).contains("The same child as record " + held + " (a record you cannot open)")
                .doesNotContain(surname);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'dataofficer' AND path = ? "
                + "AND unseen @> ARRAY[CAST(? AS bigint)]").params(path, held).query(Long.class).single()).isEqualTo(1);

        jdbc.sql("UPDATE person SET restricted = false WHERE id = ?").params(held).update();
        assertThat(officer.get(path).body()).contains("The same child as record " + held + ": Ora " + surname);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE username = 'dataofficer' AND path = ? "
                + "AND listed @> ARRAY[CAST(? AS bigint)]").params(path, held).query(Long.class).single()).isEqualTo(1);
        assertThat(PageSession.signedIn(port, "leader").get(path).status()).as("the data officer's alone").isEqualTo(403);
    }

    @Test
    void aMergeWhileAChildWaitsPutsTheKeptRecordAmongItsCandidates() {
        Fixtures fixtures = new Fixtures(personService, users, jdbc);
        LocalDate born = freeBirthDate(jdbc);
        String surname = Fixtures.uniqueSurname("Mergecand");
        long merged = fixtures.child("Una", surname, born);
        long kept = fixtures.child("Una", surname, LocalDate.of(2009, 1, 1));
        ImportResult result = imports.importMessage(message(ImportSamples.child(born).build()), "merge.xml", sha(), officer());
        UncertainChild waiting = imports.uncertain(result.importId(), officer()).getFirst();
        assertThat(waiting.candidateIds()).contains(merged).doesNotContain(kept);

        Api.Response merge = new Api(port, "manager").post("/api/v1/people/" + kept + "/merge",
                "{\"mergedPersonId\": %d, \"reason\": \"The same child, recorded twice\", \"confirmConflicts\": true}".formatted(merged));

        assertThat(merge.status()).as(merge.body()).isEqualTo(200);
        List<Long> now = imports.uncertain(result.importId(), officer()).getFirst().candidateIds();
        assertThat(now).contains(kept).doesNotContain(merged);
        assertThat(imports.decide(waiting.id(), kept, officer())).isEqualTo(kept);
    }
}
