package org.opencsc.childrecord;

import java.util.List;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.Person;
import org.opencsc.workforce.Allocation;

/** Everything the top of a child's record shows: who, where, who holds the case, and the family. */
public record ChildRecord(Person person, Allocation allocation, List<FamilyMember> family, List<String> alerts) {

    public List<FamilyMember> siblings() {
        return family.stream().filter(FamilyMember::sibling).toList();
    }
}
