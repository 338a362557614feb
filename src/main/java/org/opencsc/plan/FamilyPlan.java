package org.opencsc.plan;

/**
 * The part of a sibling group's plans written once for them all: the family's contingency, what
 * happens if things do not change. {@code version} guards it: a change made over a sibling's
 * plan's change since is refused whole.
 */
public record FamilyPlan(long id, String contingency, int version) {
}
