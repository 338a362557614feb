package org.opencsc.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A document OpenCSC made (a letter as sent) to keep on the records of the people it is about.
 * {@code seriesId}: the first version's id when this is a new version of it, else null.
 */
public record GeneratedDocument(DocumentKind kind, String title, LocalDate documentDate, String fileName, String mediaType,
                                byte[] content, List<Long> subjectIds, Long seriesId) {
}
