package org.opencsc.document;

/** A document as stored: its id, the series it belongs to (its own id for a first version) and its version number. */
public record StoredDocument(long id, long seriesId, int versionNumber, String sha256, long sizeBytes) {
}
