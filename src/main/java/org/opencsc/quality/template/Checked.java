package org.opencsc.quality.template;

import java.util.List;
import org.opencsc.quality.Agency;

/** A template that passed the checks: trimmed text, parsed kind and agencies, blank guidance as null. */
record Checked(String name, String purpose, TemplateKind kind, List<Section> sections) {

    record Section(String title, String guidance, List<Question> questions) {
    }

    record Question(String question, String guidance, Agency agency) {
    }
}
