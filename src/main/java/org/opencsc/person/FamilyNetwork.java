package org.opencsc.person;

import java.util.Comparator;
import java.util.List;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Redaction;
import org.springframework.stereotype.Service;

/**
 * A person's family network as a user is shown it (the record page, the API's {@code family},
 * the siblings a note, a visit or a contact can also be for). Members the user may open are
 * shown in full. Any other member, restricted or outside the user's teams, is "a family member
 * whose record you cannot open": the relationship, nothing that identifies them. The team's
 * sight stays where the access rule draws it, one relationship from the children it holds, and
 * the same words for both kinds do not tell the reader which records are restricted.
 */
@Service
public class FamilyNetwork {

    private final RelationshipRepository relationships;
    private final Redaction redaction;

    FamilyNetwork(RelationshipRepository relationships, Redaction redaction) {
        this.relationships = relationships;
        this.redaction = redaction;
    }

    public List<FamilyMember> shownTo(long personId, CurrentUser user) {
        List<FamilyMember> shown = redaction.apply(user, relationships.networkOf(personId), m -> List.of(m.personId()),
                (m, sight) -> m.withoutIdentity());
        // The network is in order of birth: a withheld member left in place would tell their age.
        return shown.stream().sorted(Comparator.comparing(FamilyMember::withheld)).toList();
    }
}
