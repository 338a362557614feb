package org.opencsc.returns.census.export;

/**
 * A child in need in the year whom the DfE schema cannot hold as recorded (no ethnicity, for
 * example), so they are left out of the message rather than sent with an invented value.
 * {@code reason} says, in plain words, what to record.
 */
public record Unexportable(long personId, String laChildId, String reason) {
}
