package org.opencsc.plan;

/**
 * Something a plan lacks before it can be finalised. {@code field} is a path into the content
 * ("needs[0].outcomes[1].baseline"); {@code anchor} is the id of the part of the plan page
 * that shows it, so an error summary can link there.
 */
public record QualityIssue(String field, String message) {

    public String anchor() {
        String item = field.contains("].") ? field.substring(0, field.lastIndexOf("].") + 1) : field;
        return item.replace("[", "-").replace("].", "-").replace("]", "").replace(".", "-");
    }
}
