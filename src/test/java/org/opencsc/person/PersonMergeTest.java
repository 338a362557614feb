package org.opencsc.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.security.UserRepository;
import org.opencsc.support.Api;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A team manager merges two records of one child (B into A) through the API. Nothing of B is
 * lost: its history, names and family move to A, and a snapshot of B is kept with the merge.
 */
@IntegrationTest
class PersonMergeTest {

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;
    Api manager;
    String keptSurname;
    String mergedSurname;
    long kept;
    long merged;
    long mother;

    @BeforeEach
    void twoRecordsOfOneChild() {
        fixtures = new Fixtures(personService, users, jdbc);
        manager = new Api(port, "manager");
        keptSurname = Fixtures.uniqueSurname("Mergekept");
        mergedSurname = Fixtures.uniqueSurname("Mergedup");
        // Unallocated, so the Locality North team manager (who also sees unallocated children) may merge them.
        kept = fixtures.child("Lily", keptSurname, LocalDate.of(2016, 9, 9));
        merged = fixtures.child("Lilly", mergedSurname, LocalDate.of(2016, 9, 9));
        mother = fixtures.adult("Maeve", mergedSurname, LocalDate.of(1990, 1, 1));
        fixtures.link(mother, merged, RelationshipType.PARENT);
    }

    private long note(long childId, String summary) {
        Api.Response r = new Api(port, "contact").post("/api/v1/children/" + childId + "/case-notes", """
                {"type": "VISIT", "occurredAt": "%s", "summary": "%s", "text": "Seen."}"""
                .formatted(clock.instant().minus(3, ChronoUnit.DAYS), summary));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("eventId").asLong();
    }

    private Api.Response merge(Api as, long keptId, long mergedId, String reason) {
        return as.post("/api/v1/people/" + keptId + "/merge",
                "{\"mergedPersonId\": %d, \"reason\": \"%s\"}".formatted(mergedId, reason));
    }

    private List<JsonNode> chronology(long id) {
        Api.Response r = manager.get("/api/v1/children/" + id + "/chronology");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        r.json().forEach(entries::add);
        return entries;
    }

    @Test
    void aManagerMergesBIntoAAndNothingOfBIsLost() {
        long noteOnKept = note(kept, "Visit on the kept record");
        long noteOnMerged = note(merged, "Visit on the duplicate");
        String nhs = null;
        for (int n = 0; nhs == null || jdbc.sql("SELECT count(*) FROM person WHERE nhs_number = :n").param("n", nhs)
                .query(Long.class).single() > 0; n++) {
            nhs = NhsNumber.withCheckDigit(String.valueOf(700_000_000 + (System.nanoTime() + n) % 99_000_000));
        }
        jdbc.sql("UPDATE person SET nhs_number = :nhs WHERE id = :id").param("nhs", nhs).param("id", merged).update();

        Api.Response r = merge(manager, kept, merged, "Same child: same date of birth, mother and school");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("keptId").asLong()).isEqualTo(kept);

        // A's chronology: its own events, B's events, and the merge itself.
        List<JsonNode> entries = chronology(kept);
        assertThat(entries).extracting(e -> e.get("eventId").asLong()).contains(noteOnKept, noteOnMerged);
        assertThat(entries).filteredOn(e -> e.get("type").asString().equals("RECORD_MERGED")).hasSize(1)
                .first().satisfies(e -> assertThat(e.get("detail").asString()).contains("same date of birth"));
        assertThat(entries).filteredOn(e -> e.get("type").asString().equals("PERSON_CREATED")).hasSize(2);

        // B's name is kept on A as an alias, and searching for it finds A.
        JsonNode a = manager.get("/api/v1/people/" + kept).json();
        assertThat(a.get("otherNames").values()).anySatisfy(n -> {
            assertThat(n.get("kind").asString()).isEqualTo("ALIAS");
            assertThat(n.get("givenName").asString()).isEqualTo("Lilly");
            assertThat(n.get("familyName").asString()).isEqualTo(mergedSurname);
        });
        Api.Response found = manager.get("/api/v1/people?name=Lilly+" + mergedSurname + "&dateOfBirth=2016-09-09");
        assertThat(found.json().values()).extracting(m -> m.get("id").asLong()).contains(kept).doesNotContain(merged);
        // What only B knew is kept.
        assertThat(a.get("nhsNumber").asString()).isEqualTo(nhs);

        // B's family moved to A.
        assertThat(a.get("family").values()).extracting(f -> f.get("personId").asLong()).containsExactly(mother);
        JsonNode motherRecord = manager.get("/api/v1/people/" + mother).json();
        assertThat(motherRecord.get("family").values()).extracting(f -> f.get("personId").asLong()).containsExactly(kept);

        // Opening B's record page sends the reader to A.
        PageSession.Page page = PageSession.signedIn(port, "manager").get("/people/" + merged);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/people/" + kept + "?mergedFrom=" + merged);

        // The merge keeps who, why, and a snapshot of B as it was.
        var snapshot = jdbc.sql("SELECT merged_by, reason, snapshot FROM person_merge WHERE kept_id = :k AND merged_id = :m")
                .param("k", kept).param("m", merged)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(snapshot.get(0)).isEqualTo("manager");
        assertThat(snapshot.get(1)).contains("same date of birth");
        assertThat(snapshot.get(2)).contains(mergedSurname).contains("\"id\":" + merged);
        assertThat(jdbc.sql("SELECT merged_into FROM person WHERE id = :id").param("id", merged).query(Long.class).single())
                .isEqualTo(kept);
    }

    @Test
    void aSocialWorkerCannotMerge() {
        // The North social worker can see both records once they are held by North, and still may not merge.
        fixtures.allocate(kept, "Safeguarding team North");
        fixtures.allocate(merged, "Safeguarding team North");
        Api social = new Api(port, "social");
        assertThat(social.get("/api/v1/people/" + merged).status()).isEqualTo(200);

        Api.Response r = merge(social, kept, merged, "I think these are the same child");

        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = :id AND merged_into IS NULL").param("id", merged)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM person_merge WHERE merged_id = :id").param("id", merged)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCensusIdentifiersOnlyTheMergedRecordHadAreKept() {
        String laChildId = "MIG" + merged;
        jdbc.sql("UPDATE person SET la_child_id = ?, former_upn = 'G801200112345', upn_unknown_reason = 'UN2', "
                + "date_of_death = DATE '2024-01-02' WHERE id = ?").params(laChildId, merged).update();

        assertThat(merge(manager, kept, merged, "Same child").status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT la_child_id || ' ' || former_upn || ' ' || upn_unknown_reason || ' ' || date_of_death "
                + "FROM person WHERE id = ?").params(kept).query(String.class).single())
                .isEqualTo(laChildId + " G801200112345 UN2 2024-01-02");
        assertThat(jdbc.sql("SELECT la_child_id FROM person WHERE id = ?").params(merged).query(String.class).optional()
                .orElse(null)).isNull();
    }

    @Test
    void aRecordCannotBeMergedWithItself() {
        Api.Response r = merge(manager, kept, kept, "Same child");

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").values()).extracting(e -> e.get("field").asString()).contains("mergedPersonId");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = :id AND merged_into IS NULL").param("id", kept)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void otherBadMergesAre400() {
        assertThat(merge(manager, kept, merged, "").status()).isEqualTo(400);
        assertThat(manager.post("/api/v1/people/" + kept + "/merge", "{\"reason\": \"x\"}").status()).isEqualTo(400);
        assertThat(merge(manager, kept, 999_999_999_999L, "Same child").status()).isEqualTo(400);
        assertThat(merge(manager, kept, mother, "Same person").status()).as("a child with an adult").isEqualTo(400);
        assertThat(merge(manager, kept, merged, "Same child").status()).isEqualTo(200);
        assertThat(merge(manager, kept, merged, "Again").status()).as("already merged").isEqualTo(400);
    }
}
