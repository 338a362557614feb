package org.opencsc.quality.template;

import org.opencsc.quality.Agency;

/** One question of a template section; {@code agency} is set when a partner agency's auditor answers it. */
public record TemplateQuestion(long id, int position, String question, String guidance, Agency agency) {
}
