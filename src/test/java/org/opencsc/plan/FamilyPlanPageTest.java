package org.opencsc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.plan.PlanPagesTest.hidden;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.assessment.ReferredChildren;
import org.opencsc.person.RecordRestriction;
import org.opencsc.protection.ProtectionJourney;
import org.opencsc.support.IntegrationTest;
import org.opencsc.support.PageSession;
import org.opencsc.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * A social worker plans for a brother and sister together through the pages: the start page
 * offers the sister, the family's contingency is written once on the brother's plan and read on
 * hers, a change made over a sibling's is refused with what was typed kept, and finalising one
 * plan keeps its version as it was.
 */
@IntegrationTest
class FamilyPlanPageTest {

    @Autowired
    TestClock clock;
    @Autowired
    ReferredChildren fx;
    @Autowired
    ProtectionJourney journey;
    @Autowired
    ChildPlans plans;
    @Autowired
    RecordRestriction restriction;
    @LocalServerPort
    int port;

    private static String text(PageSession.Page page) {
        return HtmlUtils.htmlUnescape(page.body());
    }

    @Test
    void aSocialWorkerWritesTheFamilysContingencyOnceForTheSiblingGroup() {
        LocalDate today = clock.today();
        ReferredChildren.Siblings f = fx.siblingsReferred(today.minusDays(40));
        PageSession social = PageSession.signedIn(port, "social");

        PageSession.Page start = social.get("/people/" + f.older() + "/child-plans/new");
        assertThat(start.status()).isEqualTo(200);
        assertThat(text(start)).contains("Plan for siblings together?").contains(f.youngerName() + " (")
                .contains("For a child in need plan only");
        // A child protection plan is not started for siblings together: refused, saying why, with the choice kept.
        PageSession.Page refused = social.post("/people/" + f.older() + "/child-plans", "_csrf", start.csrf(), "kind", "CP",
                "siblingIds", String.valueOf(f.younger()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.isChecked("siblingIds", String.valueOf(f.younger()))).isTrue();
        assertThat(plans.listFor(f.younger(), journey.user("social"), ProtectionJourney.API, "/test")).isEmpty();

        PageSession.Page started = social.post("/people/" + f.older() + "/child-plans", "_csrf", start.csrf(), "kind", "CIN",
                "siblingIds", String.valueOf(f.younger()));
        assertThat(started.status()).isEqualTo(302);
        String noahPath = started.location().replaceAll("^https?://[^/]+", "");
        long noah = Long.parseLong(noahPath.substring(noahPath.lastIndexOf('/') + 1));
        long ella = plans.listFor(f.younger(), journey.user("social"), ProtectionJourney.API, "/test").getFirst().id();

        PageSession.Page noahPage = social.get("/child-plans/" + noah);
        assertThat(text(noahPage)).contains("written once for the sibling group")
                .contains(f.youngerName() + "’s plan (draft)");
        assertThat(noahPage.body()).contains("href=\"/child-plans/" + ella + "\"");

        // The brother's plan: the family's contingency, and his own view.
        PageSession.Page views = social.get("/child-plans/" + noah + "/views");
        assertThat(text(views)).contains("the family’s, written once for the sibling group");
        String familyVersion = hidden(views, "familyVersion");
        PageSession.Page saved = social.post("/child-plans/" + noah + "/views", "_csrf", views.csrf(),
                "draftVersion", hidden(views, "draftVersion"), "familyVersion", familyVersion,
                "childView", "I want to stay with Mum", "contingency", "Legal planning meeting if Mum has not started the programme by March");
        assertThat(saved.status()).isEqualTo(302);

        // The sister's plan reads it, and not his view.
        PageSession.Page ellaPage = social.get("/child-plans/" + ella);
        assertThat(text(ellaPage)).contains("Legal planning meeting if Mum has not started the programme by March")
                .doesNotContain("I want to stay with Mum").contains(f.olderName() + "’s plan (draft)");

        // Her form was opened, then the brother's plan changed the family's text: her save is refused, what she typed kept.
        PageSession.Page ellaViews = social.get("/child-plans/" + ella + "/views");
        PageSession.Page again = social.get("/child-plans/" + noah + "/views");
        assertThat(social.post("/child-plans/" + noah + "/views", "_csrf", again.csrf(),
                "draftVersion", hidden(again, "draftVersion"), "familyVersion", hidden(again, "familyVersion"),
                "childView", "I want to stay with Mum", "contingency", "Legal planning meeting by April").status()).isEqualTo(302);
        PageSession.Page stale = social.post("/child-plans/" + ella + "/views", "_csrf", ellaViews.csrf(),
                "draftVersion", hidden(ellaViews, "draftVersion"), "familyVersion", hidden(ellaViews, "familyVersion"),
                "childView", "I like my school", "contingency", "Typed over the brother's change");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(text(stale)).contains("There is a problem").contains("changed on a sibling’s plan")
                .contains("I like my school").contains("Typed over the brother's change");
        assertThat(text(social.get("/child-plans/" + ella))).contains("Legal planning meeting by April")
                .doesNotContain("I like my school");
    }

    @Test
    void finalisingOnePlanKeepsItsVersionAndARestrictedSiblingIsNotOfferedNorNamed() {
        LocalDate today = clock.today();
        ReferredChildren.Siblings f = fx.siblingsReferred(today.minusDays(40));
        var social = journey.user("social");
        long noah = plans.start(f.older(), PlanKind.CIN, null, List.of(f.younger()), social, ProtectionJourney.API);
        long ella = plans.listFor(f.younger(), social, ProtectionJourney.API, "/test").getFirst().id();
        PlanState n = plans.open(noah, social, ProtectionJourney.API, "/test");
        plans.saveDraft(noah, new PlanContent(List.of(new PlanContent.Need(null, "Noah needs to feel safe at home",
                        List.of(new PlanContent.Outcome("o1", "Noah feels safe", "Scared most nights", "Sleeps well", 2)),
                        List.of(new PlanContent.Action(null, "o1", "Mum attends the domestic abuse programme", "Mum",
                                today.plusDays(14), null)))),
                "I want Mum to be OK", "Legal planning meeting by March"), n.plan().draftVersion(), n.family().version(),
                social, ProtectionJourney.API);

        PageSession session = PageSession.signedIn(port, "social");
        PageSession.Page page = session.get("/child-plans/" + noah);
        PageSession.Page finalised = session.post("/child-plans/" + noah + "/finalise", "_csrf", page.csrf(),
                "draftVersion", hidden(page, "draftVersion"), "familyVersion", hidden(page, "familyVersion"));
        assertThat(finalised.status()).as(finalised.body()).isEqualTo(302);

        // The sister's plan goes on changing the family's text; Noah's version 1 still says what it said.
        PlanState e = plans.open(ella, social, ProtectionJourney.API, "/test");
        plans.saveDraft(ella, e.content().withViews(null, "Care proceedings if no change by May"), e.plan().draftVersion(),
                e.family().version(), social, ProtectionJourney.API);
        assertThat(text(session.get("/child-plans/" + noah + "/versions/1"))).contains("Legal planning meeting by March")
                .doesNotContain("Care proceedings");
        assertThat(text(session.get("/child-plans/" + noah))).contains("has been changed on a sibling’s plan since this version");

        // A viewer who may open Noah but not his restricted sister sees her plan without her name or a link.
        restriction.restrict(f.younger(), List.of("social", "manager", "dutymanager"), "Child of a member of staff",
                journey.user("dutymanager"));
        PageSession chair = PageSession.signedIn(port, "chair");
        PageSession.Page seen = chair.get("/child-plans/" + noah);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(text(seen)).contains("The plan of a sibling whose record you cannot open").doesNotContain(f.youngerName());
        assertThat(seen.body()).doesNotContain("/child-plans/" + ella + "\"");

        // A restricted child is not offered to be planned for with a sibling.
        ReferredChildren.Siblings g = fx.siblingsReferred(today.minusDays(40));
        restriction.restrict(g.younger(), List.of("social", "manager", "dutymanager"), "Child of a member of staff",
                journey.user("dutymanager"));
        assertThat(text(session.get("/people/" + g.older() + "/child-plans/new"))).doesNotContain("Plan for siblings together?");
    }
}
