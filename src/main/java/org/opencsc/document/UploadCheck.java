package org.opencsc.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Decides whether an uploaded file may be kept, by its content and never by its name: Tika reads
 * the bytes (the name only narrows a zip to the office format it claims), only the listed types
 * are taken, and an office file (a zip) must hold its format's entries and unpack to a sane size,
 * so a zip bomb or an executable renamed .pdf is refused. Pure: nothing is stored here.
 */
final class UploadCheck {

    /** What was refused, in words for the page and the API's problem. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    /** The types taken, with the entry each zip container must hold to be what it says. */
    private static final Map<String, String> ZIP_TYPES = Map.of(DOCX, "word/document.xml", XLSX, "xl/workbook.xml", ODT, "content.xml");
    private static final Set<String> PLAIN_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    /** An office file unpacks to a few times its size; 100 times, or more than 200 MB, is a zip bomb. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;

    private static final Tika TIKA = new Tika();

    private UploadCheck() {
    }

    /** The media type to store, or Refused with the reason. */
    static String mediaType(byte[] content, String safeName, long maxBytes) throws Refused {
        if (content == null || content.length == 0) {
            throw new Refused("The file is empty");
        }
        if (content.length > maxBytes) {
            throw new Refused("The file is larger than " + megabytes(maxBytes) + ", the largest a document may be");
        }
        String detected = TIKA.detect(content, safeName);
        if (PLAIN_TYPES.contains(detected)) {
            return detected;
        }
        if (ZIP_TYPES.containsKey(detected)) {
            checkZip(content, detected);
            return detected;
        }
        if (detected.contains("msdownload") || detected.contains("executable") || detected.contains("dosexec")
                || detected.contains("x-elf") || detected.contains("mach-o") || detected.contains("sharedlib")) {
            throw new Refused("The file is a program, which cannot be kept on a record, whatever its name");
        }
        throw new Refused("The file is of a type that cannot be kept (" + detected + "): upload a PDF, PNG, JPEG, "
                + "plain text, Word (DOCX), Excel (XLSX) or OpenDocument text (ODT) file");
    }

    /** Unpacks the entries (counting what is really read, since a zip's stated sizes can lie). */
    private static void checkZip(byte[] content, String type) throws Refused {
        long unpacked = 0;
        int entries = 0;
        Set<String> names = new HashSet<>();
        byte[] buffer = new byte[64 * 1024];
        long limit = Math.min(MAX_UNPACKED_BYTES, Math.max(1, content.length) * MAX_RATIO);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("The file holds too many parts to be an office document");
                }
                names.add(e.getName());
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > limit) {
                        throw new Refused("The file unpacks to far more than its size (a zip bomb?), so it cannot be kept");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("The file is a damaged office document and cannot be read");
        }
        if (!names.contains(ZIP_TYPES.get(type))) {
            throw new Refused("The file is named as an office document but is not one");
        }
    }

    /**
     * The name to keep: refused when it holds a path (/ or \), a control character (NUL among
     * them) or is only dots, since a name is shown and sent back in Content-Disposition.
     */
    static String safeName(String name) throws Refused {
        if (name == null || name.isBlank()) {
            throw new Refused("The file has no name");
        }
        String n = name.strip();
        if (n.indexOf('/') >= 0 || n.indexOf('\\') >= 0) {
            throw new Refused("The file name must not hold a folder path (/ or \\): rename the file and upload it again");
        }
        if (n.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
            throw new Refused("The file name holds a control character: rename the file and upload it again");
        }
        if (n.chars().allMatch(c -> c == '.') || n.length() > 200) {
            throw new Refused("The file name must be a real name of at most 200 characters");
        }
        return n;
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
