package org.opencsc.protection.chair;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.opencsc.security.Role;
import org.springframework.stereotype.Service;

/**
 * The chair's children: open plans whose latest conference they chaired, so they can track
 * progress between reviews and escalate drift.
 */
@Service
public class ChairView {

    private final ChairViewRepository repository;
    private final AccessPolicy access;

    ChairView(ChairViewRepository repository, AccessPolicy access) {
        this.repository = repository;
        this.access = access;
    }

    public List<ChairCase> casesOf(CurrentUser user) {
        if (!user.is(Role.CONFERENCE_CHAIR)) {
            throw new RecordAccessDeniedException("The chair’s view is for child protection chairs");
        }
        List<ChairCase> cases = repository.chairedBy(user.id());
        Set<Long> visible = access.visibleIds(user, cases.stream().map(ChairCase::personId).distinct().toList());
        cases = cases.stream().filter(c -> visible.contains(c.personId())).toList();
        if (cases.isEmpty()) {
            return cases;
        }
        Map<Long, List<Escalation>> escalations = repository.openEscalations(cases.stream().map(ChairCase::planId).toList())
                .stream().collect(Collectors.groupingBy(Escalation::planId));
        return cases.stream().map(c -> new ChairCase(c.planId(), c.personId(), c.childName(), c.category(), c.startedOn(),
                c.lastConferenceOn(), c.nextReviewDueOn(), c.coreGroupsSinceLastConference(), c.lastCoreGroupOn(),
                escalations.getOrDefault(c.planId(), List.of()))).toList();
    }
}
