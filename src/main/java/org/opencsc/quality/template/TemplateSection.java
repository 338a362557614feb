package org.opencsc.quality.template;

import java.util.List;

/** A section of a template: graded as a whole, with its questions in order. */
public record TemplateSection(long id, int position, String title, String guidance, List<TemplateQuestion> questions) {
}
