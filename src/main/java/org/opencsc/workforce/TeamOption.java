package org.opencsc.workforce;

/** A team a manager can look at. */
public record TeamOption(long id, String name) {
}
