package org.opencsc.childrecord;

import java.util.List;
import org.opencsc.person.FamilyMember;
import org.opencsc.person.Person;
import org.opencsc.workforce.Allocation;

/** Everything the top of a child's record shows: who, where, who holds the case, and the family. */
public record ChildRecord(Person person, Allocation allocation, List<FamilyMember> family, List<String> alerts) {

    /** The siblings a note can also be recorded for: those the user may open (a withheld one cannot be chosen). */
    public List<FamilyMember> siblings() {
        return family.stream().filter(f -> f.sibling() && !f.withheld()).toList();
    }
}
