package org.opencsc.childrecord;

/**
 * A success message the record page shows when a feature's form redirects back to it with the
 * query {@code parameter} (for example {@code /people/7?coreGroupRecorded}). Shown after the
 * person's own messages (saved, case note added, family member linked) and before theirs for a
 * new address, a restriction and a merge, in ascending {@code order} across features.
 */
public record RecordConfirmation(int order, String parameter, String message) {
}
