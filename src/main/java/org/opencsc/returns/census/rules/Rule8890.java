package org.opencsc.returns.census.rules;

import static org.opencsc.returns.census.rules.CensusProblem.Field.of;

import java.util.List;
import java.util.Set;
import org.opencsc.returns.census.CensusChild;
import org.opencsc.returns.census.CinDetails;
import org.opencsc.returns.census.Section47;
import org.springframework.stereotype.Component;

/**
 * 8890: within one episode no S47 enquiry starts on or between another enquiry's start and its
 * initial conference, or the reference date while that enquiry is still open (no conference and
 * not marked as needing none). An enquiry that needed no conference has no known end: it is not
 * treated as ongoing.
 */
@Component
class Rule8890 implements CensusRule {

    @Override
    public String code() {
        return "8890";
    }

    @Override
    public String message() {
        return "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing";
    }

    @Override
    public void checkChild(CensusChild child, RuleContext context, Problems problems) {
        for (CinDetails episode : child.cinDetails()) {
            List<Section47> enquiries = episode.section47s();
            Set<Integer> inside = OverlappingStarts.startingInsideAnother(enquiries.stream()
                    .map(s -> new OverlappingStarts.Span(s.actualStartDate(),
                            s.dateOfInitialCpc() != null ? s.dateOfInitialCpc()
                                    : Boolean.TRUE.equals(s.icpcNotRequired()) ? null : context.referenceDate()))
                    .toList());
            for (int i = 0; i < enquiries.size(); i++) {
                if (inside.contains(i)) {
                    Section47 enquiry = enquiries.get(i);
                    problems.report(this, child, CensusModule.SECTION_47, enquiry.sourceId(),
                            of("S47ActualStartDate", enquiry.actualStartDate()),
                            of("DateOfInitialCPC", enquiry.dateOfInitialCpc()));
                }
            }
        }
    }
}
