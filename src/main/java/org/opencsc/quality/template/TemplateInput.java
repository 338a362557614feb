package org.opencsc.quality.template;

import java.util.List;

/**
 * A template as written on the page or sent to the API, before it is checked. Text stays as typed
 * (kind and agency too) so that the checks can name what is wrong with it.
 */
public record TemplateInput(String name, String purpose, String kind, List<SectionInput> sections) {

    public record SectionInput(String title, String guidance, List<QuestionInput> questions) {
    }

    public record QuestionInput(String question, String guidance, String agency) {
    }
}
