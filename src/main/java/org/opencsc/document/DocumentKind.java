package org.opencsc.document;

import java.util.Arrays;
import java.util.Optional;

/** What a document is, as a worker would file it. */
public enum DocumentKind {
    LETTER_BEFORE_PROCEEDINGS("Letter before proceedings", true),
    PARTNER_REPORT("Report from a partner agency", false),
    SIGNED_CONSENT("Signed consent", false),
    COURT_DOCUMENT("Court document", false),
    ASSESSMENT_REPORT("Specialist assessment or report", false),
    CORRESPONDENCE("Letter or email", false),
    OTHER("Another document", false);

    private final String label;
    private final boolean generated;

    DocumentKind(String label, boolean generated) {
        this.label = label;
        this.generated = generated;
    }

    public String label() {
        return label;
    }

    /** Made by OpenCSC itself, never uploaded. */
    public boolean generated() {
        return generated;
    }

    public static Optional<DocumentKind> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values()).filter(k -> k.name().equals(name.trim())).findFirst();
    }
}
