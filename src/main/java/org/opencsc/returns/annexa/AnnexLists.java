package org.opencsc.returns.annexa;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The eleven lists of Ofsted's Annex A for an inspection of local authority children's services
 * (ILACS), in the template's order.
 *
 * <p>What was followed, and from where (no copy of Ofsted's own template or guidance was to hand):
 * the lists, their columns and their order are those of the Annex A template as the London
 * Innovation and Improvement Alliance's Annex A tools read it
 * (github.com/SocialFinanceDigitalLabs/liia-tools, liiatools/annex_a_pipeline/spec/Annex_A_schema.yml,
 * lists 1 to 11 with every column heading and its drop-down values); each list's period is from
 * the guidance text quoted in the Data to Insight Standard Safeguarding Dataset's Annex A queries
 * (contacts, early help, referrals and Section 47 enquiries "in the six months before the date of
 * inspection"; children in need and child protection at the date, with the "closed episode"
 * status for those closed in the six months before). Assumed where neither says: assessments
 * also cover the six months (and those open at the date), child protection includes plans ended
 * in the six months, and the counts "in the last 12 months" are of the 12 months before the
 * row's own referral or enquiry (D2I's reading), so a count above 0 is a re-referral.
 */
@Component
public class AnnexLists {

    private final List<AnnexList> lists = List.of(new ContactsList(), new EarlyHelpList(), new ReferralsList(),
            new AssessmentsList(), new Section47List(), new ChildrenInNeedList(), new ChildProtectionList(),
            new HeadingsOnlyList(8, "Children looked after",
                    "Children looked after at the inspection date and those who ceased in the six months up to it: "
                            + "OpenCSC records no looked-after children yet, so the list has its headings only.",
                    NotYetRecorded.LOOKED_AFTER),
            new HeadingsOnlyList(9, "Care leavers",
                    "Care leavers the council supports at the inspection date: OpenCSC records no care leavers yet, "
                            + "so the list has its headings only.", NotYetRecorded.CARE_LEAVERS),
            new HeadingsOnlyList(10, "Adoption",
                    "Children with an adoption decision: OpenCSC records no adoption yet, so the list has its headings only.",
                    NotYetRecorded.ADOPTION),
            new HeadingsOnlyList(11, "Adopters",
                    "Prospective adopters (adults, not children): OpenCSC records no adopters, so the list has its "
                            + "headings only.", NotYetRecorded.ADOPTERS));

    public List<AnnexList> all() {
        return lists;
    }

    public Optional<AnnexList> number(int number) {
        return lists.stream().filter(l -> l.number() == number).findFirst();
    }
}
