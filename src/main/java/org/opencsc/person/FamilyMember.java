package org.opencsc.person;

import java.time.LocalDate;

/**
 * Someone in a person's family network, described from that person's side. A member the
 * viewer may not open is {@code withheld}: only how they are related to this person is shown,
 * with no ID, name or date of birth.
 */
public record FamilyMember(
        long relationshipId,
        Long personId,
        String name,
        boolean child,
        LocalDate dateOfBirth,
        RelationshipType type,
        String relationshipLabel,
        boolean parentalResponsibility,
        boolean withheld) {

    public boolean sibling() {
        return type.isSibling();
    }

    FamilyMember withoutIdentity() {
        return new FamilyMember(relationshipId, null, null, child, null, type, relationshipLabel, parentalResponsibility, true);
    }
}
