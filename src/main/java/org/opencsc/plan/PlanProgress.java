package org.opencsc.plan;

import java.util.List;

/**
 * Where a child's current plan stands, for pages outside the plan (management oversight): each
 * outcome's scores from the baseline to the latest review, and the actions past their due date.
 */
public record PlanProgress(long planId, PlanKind kind, int version, List<OutcomeProgress> outcomes,
                           List<PlanContent.Action> overdueActions) {
}
