package org.opencsc.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document as the record lists it (never its bytes). {@code mayWithdraw} says whether the user
 * it was listed for may withdraw it (the person who added it, or a team manager).
 */
public record DocumentListing(long id, DocumentKind kind, String title, LocalDate documentDate, String fileName,
                              String mediaType, long sizeBytes, int versionNumber, String addedBy, Instant addedAt,
                              Instant withdrawnAt, String withdrawnBy, String withdrawnReason, boolean mayWithdraw) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** The size as a person reads it. */
    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        if (sizeBytes < 1024 * 1024) {
            return (sizeBytes + 512) / 1024 + " KB";
        }
        return String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
