package org.opencsc.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.opencsc.platform.pdf.HtmlToPdf;
import org.opencsc.platform.web.Dates;

/**
 * Files a worker uploaded to the records of the first few families in pre-proceedings, as the
 * document feature keeps them (stored in the database, the type as Tika reads it from the content,
 * the sha256, who added it, a DOCUMENT_ADDED event): a parenting assessment report as a PDF made
 * here with the app's own {@link HtmlToPdf}, about the sibling group, and each child's school
 * report as a text file.
 */
final class DemoDocuments {

    static final int FAMILIES_WITH_DOCUMENTS = 6;
    static final String DOCUMENT = "document (id, series_id, version_number, kind, title, document_date, file_name, media_type, "
            + "size_bytes, sha256, storage, added_by, added_by_id, added_at)";
    static final String SUBJECT = "document_subject (document_id, person_id)";
    static final String CONTENT = "document_content (document_id, content)";

    private final CopyRows rows;
    private final HtmlToPdf pdf;
    private final Random r;
    private final Function<LocalDate, Instant> at;

    DemoDocuments(CopyRows rows, HtmlToPdf pdf, Random r, Function<LocalDate, Instant> at) {
        this.rows = rows;
        this.pdf = pdf;
        this.r = r;
        this.at = at;
    }

    /** The child's school report; and, given the family, the parenting assessment about them all. */
    void onRecord(DemoPreProceedings.Child child, LocalDate started, List<Long> family) {
        LocalDate on = started.plusDays(3 + r.nextInt(4));
        if (!family.isEmpty()) {
            add(child, family, "ASSESSMENT_REPORT", "Parenting assessment report", on, "parenting-assessment.pdf", "application/pdf",
                    pdf.render(report(child, on), "https://opencsc.invalid/"));
        }
        String text = "School report for " + child.given() + ", " + Dates.govuk(on) + "\n\n"
                + "Attendance this term is 86%. " + child.given() + " arrives on time when nan does the school run.\n"
                + "Staff have seen no marks or injuries. " + child.given() + " is keen on reading and PE.\n";
        add(child, List.of(child.personId()), "PARTNER_REPORT", "School report", on, "school-report.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8));
    }

    private void add(DemoPreProceedings.Child child, List<Long> about, String kind, String title, LocalDate on, String fileName,
                     String mediaType, byte[] content) {
        long id = rows.id("document");
        Instant added = at.apply(on);
        rows.row(DOCUMENT, id, null, 1, kind, title, on, fileName, mediaType, content.length, sha256(content), "DATABASE",
                child.worker(), child.workerId(), added);
        rows.row(CONTENT, id, "\\x" + HexFormat.of().formatHex(content));
        long event = rows.id("event");
        String summary = (kind.equals("ASSESSMENT_REPORT") ? "Specialist assessment or report" : "Report from a partner agency") + ": " + title;
        rows.row(CopyRows.EVENT, event, "DOCUMENT_ADDED", null, added, added, child.worker(), summary,
                "Document " + id + ", " + fileName + ", " + content.length + " bytes, added by " + child.worker());
        for (long person : about) {
            rows.row(SUBJECT, id, person);
            rows.row(CopyRows.SUBJECT, event, person, added);
        }
        rows.count("documents");
    }

    private static String report(DemoPreProceedings.Child child, LocalDate on) {
        return """
                <!DOCTYPE html><html lang="en"><head><title>Parenting assessment report</title>
                <meta name="description" content="A parenting assessment report filed on the child's record"></head><body>
                <h1>Parenting assessment report</h1><p>Date: %s</p>
                <p>This report looks at how the children's parents meet their needs day to day, and what help would make a
                lasting difference. It was asked for by %s at the start of pre-proceedings.</p>
                <h2>What is going well</h2><p>Mum loves the children and they are warm with her. Nan helps every weekend.</p>
                <h2>What worries us</h2><p>When mum drinks, the evening routine stops and the children go to bed hungry.</p>
                <h2>What we recommend</h2><p>The alcohol programme, a daily routine chart, and a review in six weeks.</p>
                </body></html>""".formatted(Dates.govuk(on), child.worker());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
