package org.opencsc.returns.census.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.returns.census.load.ImportSamples.counts;
import static org.opencsc.returns.census.load.ImportSamples.freeBirthDate;
import static org.opencsc.returns.census.load.ImportSamples.message;
import static org.opencsc.returns.census.load.ImportSamples.sha;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.calendar.WorkingDayCalendar;
import org.opencsc.person.PersonService;
import org.opencsc.security.UserRepository;
import org.opencsc.returns.census.Assessment;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.rules.CensusSamples;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.support.Fixtures;
import org.opencsc.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CensusImportTest {

    @Autowired
    CensusImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonService personService;
    @Autowired
    UserRepository users;
    @Autowired
    WorkingDayCalendar calendar;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(personService, users, jdbc);
    }

    private CurrentUser leader() {
        return fixtures.user("dataofficer");
    }

    private long personWithLaChildId(String laChildId) {
        return jdbc.sql("SELECT id FROM person WHERE la_child_id = :id").param("id", laChildId).query(Long.class).single();
    }

    @Test
    void aRichChildIsLoadedWithEveryRecordAndChronologyEventsMarkedImported() {
        CensusChild child = ImportSamples.richChild(freeBirthDate(jdbc)).build();
        ImportResult result = imports.importMessage(message(child), "rich.xml", sha(), leader());

        assertThat(result.refused()).isFalse();
        assertThat(result.childrenCreated()).isEqualTo(1);
        long person = personWithLaChildId(child.laChildId());
        Map<String, Object> p = jdbc.sql("""
                        SELECT is_child, gender, upn, former_upn, ethnicity, date_of_birth, census_import_id FROM person WHERE id = :id
                        """).param("id", person).query().singleRow();
        assertThat(p).containsEntry("is_child", true).containsEntry("gender", "1")
                .containsEntry("upn", child.identifiers().upn()).containsEntry("former_upn", child.identifiers().formerUpn())
                .containsEntry("ethnicity", "MWBA").containsEntry("census_import_id", result.importId());
        assertThat(jdbc.sql("SELECT code FROM person_disability WHERE person_id = :id ORDER BY code").param("id", person)
                .query(String.class).list()).containsExactly("COMM", "MOB");

        assertThat(jdbc.sql("""
                        SELECT referral_date || ' ' || source_code || ' ' || primary_need_code || ' ' || coalesce(closure_date::text, '-')
                               || ' ' || coalesce(closure_reason, '-') || ' ' || census_referral_nfa || ' ' || re_referral
                               || ' ' || (contact_id IS NULL)
                        FROM referral WHERE person_id = :id ORDER BY referral_date
                        """).param("id", person).query(String.class).list())
                .containsExactly("2024-01-08 5A N2 2025-05-20 RC2 false false true",
                        "2025-07-01 1B N1 - - false false true");
        assertThat(jdbc.sql("""
                        SELECT started_on || ' ' || status || ' ' || coalesce(authorised_on::text, '-') || ' '
                               || array_to_string(factors, ',') || ' ' || coalesce(internal_review_date::text, '-') || ' ' || due_on
                        FROM single_assessment WHERE person_id = :id ORDER BY started_on
                        """).param("id", person).query(String.class).list())
                // Due 45 working days after the referral, by the council's calendar (the August bank holiday counts).
                .containsExactly("2024-01-09 AUTHORISED 2024-02-20 3A,4A 2024-02-01 " + calendar.addWorkingDays(LocalDate.of(2024, 1, 8), 45),
                        "2025-07-02 AUTHORISED 2025-08-01 2C,21 - 2025-09-03",
                        "2026-02-02 IN_PROGRESS -  - 2025-09-03");
        assertThat(jdbc.sql("""
                        SELECT e.started_on || ' ' || e.icpc_due_on || ' ' || coalesce(e.outcome, '-') || ' ' || d.icpc_due_on
                               || ' ' || coalesce((SELECT c.held_on::text FROM cp_conference c WHERE c.s47_enquiry_id = e.id), '-')
                        FROM s47_enquiry e JOIN strategy_discussion d ON d.id = e.strategy_discussion_id
                        WHERE e.person_id = :id ORDER BY e.started_on
                        """).param("id", person).query(String.class).list())
                .containsExactly("2025-07-03 2025-07-24 CONCERNS_NOT_SUBSTANTIATED 2025-07-24 -",
                        "2025-08-01 2025-08-22 ICPC_REQUIRED 2025-08-22 2025-08-20");
        assertThat(jdbc.sql("""
                        SELECT p.started_on || ' ' || p.category || ' ' || coalesce(p.ended_on::text, '-') || ' '
                               || coalesce(p.previous_plans::text, '-') || ' ' || coalesce(p.latest_category, '-') || ' ' || p.repeat_plan
                               || ' ' || c.kind || ' ' || (c.s47_enquiry_id IS NULL) || ' ' || c.held_on
                        FROM cp_plan p JOIN cp_conference c ON c.id = p.conference_id WHERE p.person_id = :id ORDER BY p.started_on
                        """).param("id", person).query(String.class).list())
                .containsExactly("2024-03-04 PHY 2025-05-19 1 EMO false INITIAL true 2024-03-04",
                        "2025-08-20 NEG - - - true INITIAL false 2025-08-20");
        assertThat(jdbc.sql("""
                        SELECT c.held_on || ' ' || c.decision || ' ' || c.category FROM cp_conference c
                        WHERE c.person_id = :id AND c.kind = 'REVIEW' ORDER BY c.held_on
                        """).param("id", person).query(String.class).list())
                .containsExactly("2025-11-19 CONTINUE_PLAN MUL", "2026-03-10 CONTINUE_PLAN MUL");
        assertThat(jdbc.sql("SELECT started_on || ' ' || ended_on FROM child_plan WHERE person_id = :id AND kind = 'CIN'")
                .param("id", person).query(String.class).list()).containsExactly("2025-07-10 2025-08-20");

        // Every record has its chronology event, each marked with the import and saying so.
        List<Map<String, Object>> events = jdbc.sql("""
                        SELECT e.type, e.summary, e.census_import_id FROM event e JOIN event_subject s ON s.event_id = e.id
                        WHERE s.person_id = :id
                        """).param("id", person).query().listOfRows();
        assertThat(events).allSatisfy(e -> assertThat(e.get("census_import_id")).isEqualTo(result.importId()));
        assertThat(events).filteredOn(e -> !"PERSON_CREATED".equals(e.get("type")))
                .allSatisfy(e -> assertThat((String) e.get("summary")).endsWith("(imported from census file rich.xml)"));
        assertThat(events).extracting(e -> (String) e.get("type")).contains("PERSON_CREATED", "REFERRAL", "CASE_CLOSED",
                "ASSESSMENT_STARTED", "ASSESSMENT_AUTHORISED", "STRATEGY_DISCUSSION", "S47_ENQUIRY", "CP_CONFERENCE",
                "CP_PLAN", "PLAN_STARTED");
        // 1 person, 2 referrals, 1 closure, 3 assessments started and 2 authorised, 2 discussions, 2 enquiries,
        // 2 initial conferences and 2 reviews, 2 plans started and 1 ended, 1 CIN plan.
        assertThat(events).hasSize(21);
        assertThat(result.added()).containsEntry("people", 1).containsEntry("referrals", 2).containsEntry("assessments", 3)
                .containsEntry("section47s", 2).containsEntry("conferences", 2).containsEntry("reviews", 2)
                .containsEntry("cpPlans", 2).containsEntry("cinPlans", 1).containsEntry("events", 21);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        var message = message(ImportSamples.richChild(freeBirthDate(jdbc)).build(),
                ImportSamples.child(freeBirthDate(jdbc)).build());
        String sha = sha();
        ImportResult first = imports.importMessage(message, "twice.xml", sha, leader());
        Map<String, Long> before = counts(jdbc);

        ImportResult second = imports.importMessage(message, "twice-renamed.xml", sha, leader());

        assertThat(counts(jdbc)).isEqualTo(before);
        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(second.added()).isEqualTo(first.added());
        assertThat(second.fileName()).isEqualTo("twice.xml");
    }

    @Test
    void anOverlappingFileAddsOnlyTheRecordsNotAlreadyHeld() {
        CensusSamples.ChildBuilder builder = ImportSamples.richChild(freeBirthDate(jdbc));
        imports.importMessage(message(builder.build()), "year1.xml", sha(), leader());
        long person = personWithLaChildId(builder.laChildId);
        Map<String, Long> before = counts(jdbc);

        // Next year's file: the same child and episodes, with one more assessment in the open episode.
        builder.episodes.get(1).assessments.add(new Assessment(LocalDate.of(2026, 3, 2), null, null, List.of(), null));
        ImportResult second = imports.importMessage(message(builder.build()), "year2.xml", sha(), leader());

        assertThat(second.childrenMatched()).isEqualTo(1);
        assertThat(second.childrenCreated()).isZero();
        assertThat(second.added()).containsEntry("assessments", 1).containsEntry("referrals", 0)
                .containsEntry("section47s", 0).containsEntry("cpPlans", 0).containsEntry("reviews", 0).containsEntry("cinPlans", 0);
        assertThat(second.alreadyPresent()).isPositive();
        Map<String, Long> after = counts(jdbc);
        assertThat(after.get("single_assessment") - before.get("single_assessment")).isEqualTo(1);
        assertThat(after.get("referral")).isEqualTo(before.get("referral"));
        assertThat(after.get("person")).isEqualTo(before.get("person"));
        assertThat(jdbc.sql("SELECT count(*) FROM single_assessment WHERE person_id = :id").param("id", person)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aChildTheRecordsCannotHoldRefusesTheWholeFileNamingTheChild() {
        CensusChild fine = ImportSamples.child(freeBirthDate(jdbc)).build();
        CensusSamples.ChildBuilder broken = ImportSamples.child(freeBirthDate(jdbc));
        broken.episode().assessments = new java.util.ArrayList<>(List.of(
                new Assessment(LocalDate.of(2025, 7, 1), null, LocalDate.of(2025, 6, 1), List.of("2C"), null)));
        Map<String, Long> before = counts(jdbc);

        ImportResult result = imports.importMessage(message(fine, broken.build()), "broken.xml", sha(), leader());

        assertThat(result.refused()).isTrue();
        assertThat(result.importId()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.laChildId()).isEqualTo(broken.laChildId);
            assertThat(p.message()).contains("authorised on 2025-06-01, before it started on 2025-07-01");
        });
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aFailureHalfWayThroughTheFileLeavesNothingLoaded() {
        // People, referrals, assessments and enquiries are written before the second child's plan breaks the
        // conference's category check (a code the XML reader would refuse, given here on the model).
        CensusChild fine = ImportSamples.richChild(freeBirthDate(jdbc)).build();
        CensusSamples.ChildBuilder broken = ImportSamples.richChild(freeBirthDate(jdbc));
        broken.episodes.get(1).childProtectionPlans = new java.util.ArrayList<>(List.of(new org.opencsc.returns.census.ChildProtectionPlan(
                LocalDate.of(2025, 8, 20), null, "BAD", "BAD", 0, List.of(), null)));
        Map<String, Long> before = counts(jdbc);

        ImportResult result = imports.importMessage(message(fine, broken.build()), "midway.xml", sha(), leader());

        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("OpenCSC cannot hold the file's records, so nothing was loaded"));
        assertThat(counts(jdbc)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE la_child_id = :id").param("id", fine.laChildId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anLaChildIdTheRecordCannotTakeLeavesNothingLoaded() {
        CensusChild fine = ImportSamples.child(freeBirthDate(jdbc)).build();
        CensusSamples.ChildBuilder broken = ImportSamples.child(freeBirthDate(jdbc));
        broken.laChildId = "NOT VALID";
        Map<String, Long> before = counts(jdbc);

        ImportResult result = imports.importMessage(message(fine, broken.build()), "badid.xml", sha(), leader());

        assertThat(result.refused()).isTrue();
        assertThat(result.problems().getFirst().message()).contains("la_child_id");
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aChildIsMatchedByLaChildIdToTheRecordThatHasIt() {
        LocalDate born = freeBirthDate(jdbc);
        long held = fixtures.child("Ama", Fixtures.uniqueSurname("Import"), born);
        CensusSamples.ChildBuilder c = ImportSamples.child(born);
        jdbc.sql("UPDATE person SET la_child_id = :lac WHERE id = :id").param("lac", c.laChildId).param("id", held).update();
        c.upn = ImportSamples.upn();

        ImportResult result = imports.importMessage(message(c.build()), "bylac.xml", sha(), leader());

        assertThat(result.childrenMatched()).isEqualTo(1);
        assertThat(result.childrenCreated()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = :id").param("id", held).query(Long.class).single())
                .isEqualTo(1);
        // What the record lacked is filled in from the file.
        assertThat(jdbc.sql("SELECT upn FROM person WHERE id = :id").param("id", held).query(String.class).single())
                .isEqualTo(c.upn);
    }

    @Test
    void anOpenCscPersonIdIsTheLaChildIdOfAChildWithoutOne() {
        LocalDate born = freeBirthDate(jdbc);
        long held = fixtures.child("Ben", Fixtures.uniqueSurname("Import"), born);
        CensusSamples.ChildBuilder c = ImportSamples.child(born);
        c.laChildId = Long.toString(held);

        ImportResult result = imports.importMessage(message(c.build()), "byid.xml", sha(), leader());

        assertThat(result.childrenMatched()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = :id").param("id", held).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT la_child_id FROM person WHERE id = :id").param("id", held).query(String.class).optional())
                .isEmpty();
    }

    @Test
    void aChildIsMatchedByUpnWhenTheLaChildIdIsNew() {
        LocalDate born = freeBirthDate(jdbc);
        long held = fixtures.child("Cara", Fixtures.uniqueSurname("Import"), born);
        String upn = ImportSamples.upn();
        jdbc.sql("UPDATE person SET upn = :upn WHERE id = :id").param("upn", upn).param("id", held).update();
        CensusSamples.ChildBuilder c = ImportSamples.child(born);
        c.upn = upn;

        ImportResult result = imports.importMessage(message(c.build()), "byupn.xml", sha(), leader());

        assertThat(result.childrenMatched()).isEqualTo(1);
        assertThat(result.childrenCreated()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = :id").param("id", held).query(Long.class).single())
                .isEqualTo(1);
        // The other system's LAchildID is kept, so the council's return stays continuous.
        assertThat(jdbc.sql("SELECT la_child_id FROM person WHERE id = :id").param("id", held).query(String.class).single())
                .isEqualTo(c.laChildId);
    }

    @Test
    void anLaChildIdWhoseRecordDisagreesIsListedForAPersonToDecideAndNotMerged() {
        LocalDate born = freeBirthDate(jdbc);
        long held = fixtures.child("Dan", Fixtures.uniqueSurname("Import"), born);
        CensusSamples.ChildBuilder c = ImportSamples.child(born.minusDays(3));
        c.laChildId = Long.toString(held);
        Map<String, Long> before = counts(jdbc);

        ImportResult result = imports.importMessage(message(c.build()), "clash.xml", sha(), leader());

        assertThat(result.childrenToDecide()).isEqualTo(1);
        assertThat(result.childrenMatched()).isZero();
        assertThat(result.childrenCreated()).isZero();
        Map<String, Long> after = counts(jdbc);
        assertThat(after.get("person")).isEqualTo(before.get("person"));
        assertThat(after.get("referral")).isEqualTo(before.get("referral"));
        List<UncertainChild> pending = imports.uncertain(result.importId(), leader());
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.candidateIds()).containsExactly(held);
            assertThat(p.reason()).contains("date of birth");
            assertThat(p.child().identifiers().personBirthDate()).isEqualTo(born.minusDays(3));
        });

        // "A new child": loaded then, on a person of its own.
        long created = imports.decide(pending.getFirst().id(), null, leader());
        assertThat(created).isNotEqualTo(held);
        // The file's LAchildID is the other record's, so the new child's LAchildID is their own id.
        assertThat(jdbc.sql("SELECT la_child_id FROM person WHERE id = :id").param("id", created).query(String.class).optional())
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = :id").param("id", created).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = :id").param("id", held).query(Long.class).single())
                .isZero();
        assertThatThrownBy(() -> imports.decide(pending.getFirst().id(), held, leader()))
                .hasMessageContaining("decided already");
    }

    @Test
    void theDuplicateCheckListsAChildBornTheSameDayAndTheSameChildDecisionLoadsOntoThatRecord() {
        LocalDate born = freeBirthDate(jdbc);
        long held = fixtures.child("Eve", Fixtures.uniqueSurname("Import"), born);
        CensusSamples.ChildBuilder c = ImportSamples.child(born);

        ImportResult result = imports.importMessage(message(c.build()), "dup.xml", sha(), leader());

        assertThat(result.childrenToDecide()).isEqualTo(1);
        var pending = imports.uncertain(result.importId(), leader()).getFirst();
        assertThat(pending.candidateIds()).contains(held);
        assertThat(pending.reason()).contains("duplicate check");
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = :id").param("id", held).query(Long.class).single())
                .isZero();

        assertThat(imports.decide(pending.id(), held, leader())).isEqualTo(held);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM referral r JOIN event_subject s ON s.person_id = r.person_id
                        JOIN event e ON e.id = s.event_id AND e.census_import_id = :import AND e.type = 'REFERRAL'
                        WHERE r.person_id = :id
                        """).param("id", held).param("import", result.importId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyALeaderOrAdministratorMayImport() {
        assertThatThrownBy(() -> imports.importMessage(message(ImportSamples.child(freeBirthDate(jdbc)).build()), "x.xml",
                sha(), fixtures.user("contact"))).isInstanceOf(RecordAccessDeniedException.class);
    }
}
