package org.opencsc.document;

/** A document's bytes, with the safe name and the media type stored when it was checked. */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {
}
