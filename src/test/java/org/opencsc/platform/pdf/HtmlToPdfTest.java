package org.opencsc.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF of a page is the page's text, tagged for screen readers, with its title and language. */
class HtmlToPdfTest {

    private final HtmlToPdf pdf = new HtmlToPdf();

    private static final String LETTER = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Letter before proceedings: Amelia Kowalczyk</title>
            <style>body { font-family: 'Liberation Sans'; }</style></head>
            <body><h1>What we are worried about</h1>
            <p>Dear Joanna Kowalczyk,</p>
            <p>Amelia has missed 14 days of school since September &amp; we are worried.</p>
            <ul><li>Take Amelia to school every day by 8:45am.</li></ul>
            <p>Łukasz is welcome at the meeting – the café on Ōtaki Street.</p>
            </body></html>
            """;

    @Test
    void thePdfHoldsThePagesTextTaggedWithItsTitleAndLanguage() throws Exception {
        byte[] bytes = pdf.render(LETTER, "file:///letters/");

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("What we are worried about", "Dear Joanna Kowalczyk",
                    "Amelia has missed 14 days of school since September & we are worried",
                    "Take Amelia to school every day by 8:45am", "Łukasz");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Letter before proceedings: Amelia Kowalczyk");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void aPageWithoutTitleOrLanguageIsRefusedRatherThanMadeInaccessible() {
        assertThatThrownBy(() -> pdf.render("<html><body><p>Hello</p></body></html>", "file:///"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pdf.render("<html><head><title>T</title></head><body><p>Hello</p></body></html>", "file:///"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
