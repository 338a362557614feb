package org.opencsc.person;

import java.time.LocalDate;

/** Someone in a person's family network, described from that person's side. */
public record FamilyMember(
        long relationshipId,
        long personId,
        String name,
        boolean child,
        LocalDate dateOfBirth,
        RelationshipType type,
        String relationshipLabel,
        boolean parentalResponsibility) {

    public boolean sibling() {
        return type.isSibling();
    }
}
