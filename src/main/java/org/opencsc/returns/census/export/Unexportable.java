package org.opencsc.returns.census.export;

/** A child in the census whom the export could not write, and why ("no date of birth recorded"). */
public record Unexportable(long personId, String laChildId, String reason) {
}
