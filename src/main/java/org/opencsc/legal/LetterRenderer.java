package org.opencsc.legal;

import java.util.Map;
import org.opencsc.platform.pdf.HtmlToPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Prints a letter: the template the preview page shows, filled in and turned into a tagged PDF. */
@Component
class LetterRenderer {

    static final String TEMPLATE = "legal/letter";

    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;

    LetterRenderer(ITemplateEngine templates, HtmlToPdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    String html(LetterPage letter) {
        return templates.process(TEMPLATE, new Context(java.util.Locale.UK, Map.of("letter", letter)));
    }

    byte[] pdf(LetterPage letter) {
        return pdf.render(html(letter), "about:blank");
    }
}
