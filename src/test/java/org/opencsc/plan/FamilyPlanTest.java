package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.assessment.ReferredChildren;
import org.opencsc.person.RecordRestriction;
import org.opencsc.platform.validation.FieldProblem;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.support.Api;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A sibling group planned together (issue 10, finding 17): one plan per child, with its own
 * needs, outcomes, actions and versions, and the family's contingency written once for them all.
 */
@IntegrationTest
class FamilyPlanTest {

    private static final AccessLog.Channel API = AccessLog.Channel.API;

    LocalDate today;

    @Autowired
    TestClock clock;
    @Autowired
    ReferredChildren fx;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    ChildPlans plans;
    @Autowired
    PlanRepository repository;
    @Autowired
    RecordRestriction restriction;
    @LocalServerPort
    int port;

    @BeforeEach
    void readToday() {
        today = clock.today();
    }

    private CurrentUser social() {
        return journey.user("social");
    }

    private PlanState read(long planId) {
        return plans.open(planId, social(), API, "/test");
    }

    private long planOf(long personId) {
        return plans.listFor(personId, social(), API, "/test").getFirst().id();
    }

    private PlanContent needFor(String child, String childView, String contingency) {
        return new PlanContent(List.of(new PlanContent.Need(null, child + " needs to be in school",
                List.of(new PlanContent.Outcome("o-" + child, child + " gets to school on time", "Misses most mornings",
                        "In class by 8:50", 3)),
                List.of(new PlanContent.Action(null, "o-" + child, "Walk " + child + " to school", "Mum", today.plusDays(7), null)))),
                childView, contingency);
    }

    @Test
    void siblingsStartedTogetherShareTheContingencyAndKeepTheirOwnNeedsAndViews() {
        ReferredChildren.Siblings f = fx.siblingsReferred(today.minusDays(40));
        assertThat(plans.siblingOffers(f.older(), social())).extracting(PlanSiblings.Offer::personId).containsExactly(f.younger());

        long noah = plans.start(f.older(), PlanKind.CIN, null, List.of(f.younger()), social(), API);
        long ella = planOf(f.younger());
        assertThat(ella).isNotEqualTo(noah);
        PlanState a = read(noah);
        PlanState b = read(ella);
        assertThat(a.family()).isNotNull();
        assertThat(b.family().id()).isEqualTo(a.family().id());
        assertThat(b.plan().kind()).isEqualTo(PlanKind.CIN);
        assertThat(b.plan().startedOn()).isEqualTo(today);
        // Ella's plan is started now: she is no longer offered for another group.
        assertThat(plans.siblingOffers(f.older(), social())).isEmpty();

        plans.saveDraft(noah, needFor("Noah", "I want to play football", "Legal planning meeting if no change by March"),
                a.plan().draftVersion(), a.family().version(), social(), API);

        PlanState ellaNow = read(ella);
        assertThat(ellaNow.content().contingency()).isEqualTo("Legal planning meeting if no change by March");
        assertThat(ellaNow.content().needs()).isEmpty();
        assertThat(ellaNow.content().childView()).isNull();
        // The quality check reads the shared contingency on Ella's plan: only her own parts are missing.
        assertThat(plans.check(ella, social(), API, "/test")).extracting(QualityIssue::field)
                .contains("needs", "childView").doesNotContain("contingency");
        // The child's own draft never holds the family's text.
        assertThat(repository.find(noah).orElseThrow().draft().contingency()).isNull();
        assertThat(read(noah).content().childView()).isEqualTo("I want to play football");

        // A change to Ella's own needs leaves the family's part alone and needs no family version.
        plans.edit(ella, null, c -> c.withNeed(needFor("Ella", null, null).needs().getFirst()), social(), API);
        assertThat(read(ella).family().version()).isEqualTo(1);
        assertThat(read(noah).content().needs()).extracting(PlanContent.Need::text).containsExactly("Noah needs to be in school");
    }

    @Test
    void aStaleFamilyVersionIsRefusedWholeAndAChangeWithoutOneIsRefusedNamingIt() {
        ReferredChildren.Siblings f = fx.siblingsReferred(today.minusDays(40));
        long noah = plans.start(f.older(), PlanKind.CIN, null, List.of(f.younger()), social(), API);
        long ella = planOf(f.younger());
        PlanState readByEllasWorker = read(ella);
        PlanState noahRead = read(noah);
        plans.saveDraft(noah, noahRead.content().withViews(null, "Written on Noah's plan"), noahRead.plan().draftVersion(),
                noahRead.family().version(), social(), API);

        // Ella's worker read family version 0: their change, her own view with it, is refused whole.
        assertThatThrownBy(() -> plans.saveDraft(ella, readByEllasWorker.content().withViews("Ella's view", "Written on Ella's"),
                readByEllasWorker.plan().draftVersion(), readByEllasWorker.family().version(), social(), API))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed on a sibling’s plan");
        PlanState ellaNow = read(ella);
        assertThat(ellaNow.content().childView()).isNull();
        assertThat(ellaNow.content().contingency()).isEqualTo("Written on Noah's plan");
        assertThat(ellaNow.plan().draftVersion()).isEqualTo(readByEllasWorker.plan().draftVersion());

        // A change to the shared text that does not say which family version it read is refused, naming familyVersion.
        assertThatThrownBy(() -> plans.saveDraft(ella, ellaNow.content().withViews(null, "No version sent"),
                ellaNow.plan().draftVersion(), null, social(), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("familyVersion"));

        // Over the API: the family's part, the sibling's plan by name, and a stale PUT answered 409.
        Api api = new Api(port, "social");
        JsonNode content = api.get("/api/v1/child-plans/" + ella + "/content").json();
        JsonNode family = content.get("familyPlan");
        assertThat(family.get("familyVersion").asInt()).isEqualTo(1);
        assertThat(family.get("contingency").asString()).isEqualTo("Written on Noah's plan");
        assertThat(family.get("siblingPlans").get(0).get("id").asLong()).isEqualTo(noah);
        assertThat(family.get("siblingPlans").get(0).get("childName").asString()).isEqualTo(f.olderName());
        int draftVersion = content.get("plan").get("draftVersion").asInt();
        Api.Response stale = api.put("/api/v1/child-plans/" + ella + "/content", "{\"version\": " + draftVersion
                + ", \"familyVersion\": 0, \"childView\": \"Mine\", \"contingency\": \"Over it\"}");
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        Api.Response ok = api.put("/api/v1/child-plans/" + ella + "/content", "{\"version\": " + draftVersion
                + ", \"familyVersion\": 1, \"childView\": \"Mine\", \"contingency\": \"Agreed by both\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("familyPlan").get("familyVersion").asInt()).isEqualTo(2);
        assertThat(read(noah).content().contingency()).isEqualTo("Agreed by both");
        // A plan of one child has no family part.
        long alone = plans.start(fx.siblingsReferred(today.minusDays(40)).older(), PlanKind.CIN, null, social(), API);
        JsonNode single = api.get("/api/v1/child-plans/" + alone + "/content").json().path("familyPlan");
        assertThat(single.isMissingNode() || single.isNull()).as(single.toString()).isTrue();
    }

    @Test
    void finalisingCopiesTheFamilysContingencyIntoTheChildsVersionWhichNeverChangesAfter() {
        ReferredChildren.Siblings f = fx.siblingsReferred(today.minusDays(40));
        long noah = plans.start(f.older(), PlanKind.CIN, null, List.of(f.younger()), social(), API);
        long ella = planOf(f.younger());
        PlanState n = read(noah);
        int saved = plans.saveDraft(noah, needFor("Noah", "I want to play football", "Legal planning meeting by March"),
                n.plan().draftVersion(), n.family().version(), social(), API).draftVersion();
        // A family version read before a sibling's change finalises nothing.
        PlanState e = read(ella);
        plans.saveDraft(ella, e.content().withViews(null, "Legal planning meeting by April"), e.plan().draftVersion(),
                e.family().version(), social(), API);
        assertThatThrownBy(() -> plans.finalise(noah, saved, 1, social(), API)).isInstanceOf(ConflictException.class);
        assertThat(read(noah).plan().latestVersion()).isZero();

        PlanVersion v1 = plans.finalise(noah, saved, 2, social(), API);
        assertThat(v1.content().contingency()).isEqualTo("Legal planning meeting by April");
        assertThat(v1.content().needs()).extracting(PlanContent.Need::text).containsExactly("Noah needs to be in school");

        // The family's text goes on being written on Ella's plan: Noah's finalised version keeps what it said.
        PlanState later = read(ella);
        plans.saveDraft(ella, later.content().withViews(null, "Care proceedings if no change by May"),
                later.plan().draftVersion(), later.family().version(), social(), API);
        assertThat(plans.version(noah, 1, social(), API, "/test").content().contingency())
                .isEqualTo("Legal planning meeting by April");
        PlanState noahNow = read(noah);
        assertThat(noahNow.content().contingency()).isEqualTo("Legal planning meeting by April");
        assertThat(noahNow.familyChangedSinceLatest()).isTrue();
        // Noah's next draft starts from his version 1 with the family's text as it is now.
        plans.edit(noah, null, c -> c.withViews("Football on Saturdays", c.contingency()), social(), API);
        assertThat(read(noah).content().contingency()).isEqualTo("Care proceedings if no change by May");
        assertThat(read(noah).family().version()).isEqualTo(3);
    }

    @Test
    void aRestrictedSiblingIsNeverGroupedNorAChildProtectionPlanNorAStranger() {
        ReferredChildren.Siblings f = fx.siblingsReferred(today.minusDays(40));
        ReferredChildren.Siblings strangers = fx.siblingsReferred(today.minusDays(40));
        assertThatThrownBy(() -> plans.start(f.older(), PlanKind.CIN, null, List.of(strangers.younger()), social(), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::message)
                        .anyMatch(m -> m.contains("is not linked as a sibling")));
        assertThatThrownBy(() -> plans.start(f.older(), PlanKind.CP, null, List.of(f.younger()), social(), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .contains("siblingIds"));

        // The team's managers are named too: the suite shares one database, and other tests read North's team lists
        // expecting every row to be a child their manager may open. Sam Social holds both children and is named.
        restriction.restrict(f.younger(), List.of("social", "manager", "dutymanager"), "Child of a member of staff",
                journey.user("dutymanager"));
        assertThat(plans.siblingOffers(f.older(), social())).isEmpty();
        assertThatThrownBy(() -> plans.start(f.older(), PlanKind.CIN, null, List.of(f.younger()), social(), API))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::message)
                        .anyMatch(m -> m.contains("restricted record is planned for on its own")));
        // Nothing was started by the refused attempts, for either child.
        assertThat(plans.listFor(f.older(), social(), API, "/test")).isEmpty();
        assertThat(plans.listFor(f.younger(), social(), API, "/test")).isEmpty();
        // From the restricted child's side no sibling is offered either.
        assertThat(plans.siblingOffers(f.younger(), social())).isEmpty();
    }
}
