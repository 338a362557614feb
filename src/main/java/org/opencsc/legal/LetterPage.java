package org.opencsc.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencsc.platform.pdf.HtmlToPdf;
import org.opencsc.platform.web.Dates;

/**
 * What the letter template ({@code legal/letter.html}) prints: the same model for the preview page
 * and the PDF, so the parent receives what the worker read. Each section's text is split into
 * paragraphs at blank lines, and lines starting "- " become list items.
 */
record LetterPage(String title, String date, String greeting, List<Part> parts, String from, String fontFamily) {

    /** A section: its heading and its blocks in order. */
    record Part(String id, String heading, List<Block> blocks) {
    }

    /** A paragraph ({@code items} empty) or a list ({@code text} null). */
    record Block(String text, List<String> items) {
        public boolean list() {
            return text == null;
        }
    }

    static LetterPage of(ProceedingsLetterView letter, LocalDate dated, String from) {
        String children = LetterTemplate.names(letter.children().stream().map(ProceedingsLetterView.Named::name).toList());
        String greeting = "Dear " + LetterTemplate.names(letter.recipients().stream().map(ProceedingsLetterView.Named::name).toList()) + ",";
        List<Part> parts = Arrays.stream(LetterSection.values())
                .map(s -> new Part(s.name(), s.heading(), blocks(letter.sections().getOrDefault(s, "")))).toList();
        return new LetterPage("Letter before proceedings about " + children, Dates.govuk(dated), greeting, parts, from,
                HtmlToPdf.fontFamily());
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> lines = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : para.split("\n")) {
                String t = line.strip();
                if (t.startsWith("- ")) {
                    flushText(lines, blocks);
                    items.add(t.substring(2).strip());
                } else if (!t.isEmpty()) {
                    flushItems(items, blocks);
                    lines.add(t);
                }
            }
            flushText(lines, blocks);
            flushItems(items, blocks);
        }
        return List.copyOf(blocks);
    }

    private static void flushText(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(String.join(" ", lines), List.of()));
            lines.clear();
        }
    }

    private static void flushItems(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Block(null, List.copyOf(items)));
            items.clear();
        }
    }
}
