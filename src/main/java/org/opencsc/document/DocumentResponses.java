package org.opencsc.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A download as an attachment with the stored type, never sniffed by the browser (a text file is never run as a page). */
final class DocumentResponses {

    private DocumentResponses() {
    }

    static ResponseEntity<byte[]> attachment(DocumentDownload d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(d.content());
    }
}
