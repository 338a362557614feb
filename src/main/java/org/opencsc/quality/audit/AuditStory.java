package org.opencsc.quality.audit;

import java.util.List;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.person.Person;
import org.opencsc.plan.PlanProgress;

/** The child's story beside the audit form, as oversight shows it: who the child is, the chronology, the plan's progress (null until finalised). */
public record AuditStory(Person child, List<ChronologyEntry> chronology, PlanProgress progress) {
}
