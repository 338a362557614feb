package org.opencsc.quality.template;

/** What a template is for: a full case audit, or a short dip sample across many children. */
public enum TemplateKind {
    CASE_AUDIT("Case audit"),
    DIP_SAMPLE("Dip sample");

    private final String label;

    TemplateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
