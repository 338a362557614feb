package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.springframework.stereotype.Component;

/**
 * 8820: no episode's referral date falls between another episode's referral date and its
 * closure date, or, for an open episode that is not NFA, the reference date. The DfE's note: one
 * episode may close on the day the next is referred, so a closed episode covers the days before
 * its closure date; an open one covers the reference date itself.
 */
@Component
class Rule8820 implements CensusRule {

    @Override
    public String code() {
        return "8820";
    }

    @Override
    public String message() {
        return "The dates on the CIN episodes for this child overlap";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        List<CinDetails> episodes = child.cinDetails();
        List<OverlappingStarts.Span> spans = episodes.stream().map(e -> new OverlappingStarts.Span(
                e.cinReferralDate(),
                e.cinClosureDate() != null ? e.cinClosureDate().minusDays(1)
                        : Boolean.FALSE.equals(e.referralNfa()) ? context.referenceDate() : null))
                .toList();
        Set<Integer> inside = OverlappingStarts.startingInsideAnother(spans);
        for (int i = 0; i < episodes.size(); i++) {
            if (inside.contains(i)) {
                CinDetails episode = episodes.get(i);
                problems.report(this, child, CensusModule.CIN_DETAILS, episode.sourceId(),
                        of("CINreferralDate", episode.cinReferralDate()),
                        of("CINclosureDate", episode.cinClosureDate()));
            }
        }
    }
}
