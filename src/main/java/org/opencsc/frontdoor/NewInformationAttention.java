package org.opencsc.frontdoor;

import java.util.List;
import org.opencsc.platform.web.Dates;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.opencsc.workforce.AttentionItem;
import org.opencsc.workforce.AttentionSource;
import org.springframework.stereotype.Component;

/**
 * The team manager's side of new information about an open case: each item not yet acknowledged
 * about a child their own team holds, so the manager knows it arrived and can see it acted on.
 * Only children the manager may open are named (a restricted record's line is for the staff on it).
 */
@Component
class NewInformationAttention implements AttentionSource {

    private final NewInformationRepository items;
    private final Redaction redaction;

    NewInformationAttention(NewInformationRepository items, Redaction redaction) {
        this.items = items;
        this.redaction = redaction;
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        if (!user.role().isManager() || user.teamIds().isEmpty()) {
            return List.of();
        }
        List<NewInformation> waiting = items.unacknowledgedInTeams(user.teamIds());
        Redaction.Sights sights = redaction.of(user, waiting.stream().map(NewInformation::personId).toList());
        return waiting.stream().filter(i -> sights.open(i.personId()))
                .map(i -> new AttentionItem("New information from contact " + i.contactId() + " for "
                        + (i.workerName() == null ? "the team" : i.workerName()) + " to read and act on by "
                        + Dates.govuk(i.dueOn()) + " (the case is open, so it was not made a new referral).",
                        i.personId(), i.childName(), i.passedAt(), "/contacts/" + i.contactId() + "#new-information", null))
                .toList();
    }
}
