package org.opencsc.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Turns a page's own HTML into a tagged, accessible PDF (PDF/UA), so a letter a parent is sent is
 * the letter the worker read on screen. The HTML is parsed as a browser would (jsoup), so any page
 * template can be printed; the one font, Liberation Sans (Arial's metrics, the typeface the pages
 * use), is embedded from PDFBox's own resources, as PDF/UA requires every font embedded. A
 * document needs {@code <html lang>} and a {@code <title>}: PDF/UA readers announce both.
 */
@Component
public class HtmlToPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FAMILY = "Liberation Sans";

    /** The PDF of this HTML document. {@code baseUri} resolves relative links and images (none are fetched from the network). */
    public byte[] render(String html, String baseUri) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
        if (parsed.title().isBlank() || parsed.selectFirst("html[lang]") == null) {
            throw new IllegalArgumentException("An accessible PDF needs the HTML's title and lang");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(HtmlToPdf::font, FAMILY, 400, FontStyle.NORMAL, true);
        // Bold text is drawn in the same face: the one font shipped is the regular weight.
        builder.useFont(HtmlToPdf::font, FAMILY, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(parsed), baseUri);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
        return out.toByteArray();
    }

    /** The family name to use in a template's CSS for text in the PDF. */
    public static String fontFamily() {
        return FAMILY;
    }

    private static InputStream font() {
        InputStream in = HtmlToPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path: " + FONT);
        }
        return in;
    }
}
