package org.opencsc.oversight;

import java.util.List;
import org.opencsc.chronology.ChronologyEntry;
import org.opencsc.person.Person;
import org.opencsc.plan.PlanProgress;
import org.opencsc.protection.ChildProtectionPlan;
import org.opencsc.workforce.DueItem;

/**
 * What a manager needs on screen before writing oversight: the latest chronology, what is due,
 * the CP plan, and the progress of the child's plan (null until a plan is finalised).
 */
public record ChildStory(Person child, List<ChronologyEntry> chronology, List<DueItem> due, ChildProtectionPlan plan,
                         PlanProgress progress) {
}
