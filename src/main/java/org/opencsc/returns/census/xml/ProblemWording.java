package org.opencsc.returns.census.xml;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the parser's messages (Xerces: "cvc-enumeration-valid: Value 'RC10' is not facet-valid
 * ...") into sentences a data officer can act on, keeping the element and the value. Anything
 * not recognised keeps the parser's own words after a plain lead-in, so nothing is lost.
 */
final class ProblemWording {

    /** What a well-formed value of each patterned schema type looks like. */
    private static final Map<String, String> FORMS = Map.of(
            "UpnType", "a letter, 11 digits, then a digit or a letter (13 characters)",
            "LaChildIdType", "letters and digits only, at most 20",
            "LeaType", "the three-digit local authority number",
            "SerialNoType", "at least three digits",
            "YearType", "four digits, the year of the reference date (e.g. 2026)");

    private static final int CODES_SHOWN = 12;

    private static final Pattern ENUMERATION = Pattern.compile(
            "cvc-enumeration-valid: Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)\\]'.*", Pattern.DOTALL);
    private static final Pattern PATTERN = Pattern.compile(
            "cvc-pattern-valid: Value '(.*)' is not facet-valid with respect to pattern '.*' for type '(.*?)'\\..*",
            Pattern.DOTALL);
    private static final Pattern DATATYPE = Pattern.compile(
            "cvc-datatype-valid\\.1\\.2\\.\\d: '(.*)' is not a valid value (?:for|of \\w+ type) '(.*)'\\..*", Pattern.DOTALL);
    private static final Pattern LENGTH = Pattern.compile(
            "cvc-(min|max)Length-valid: Value '(.*)' with length = '(\\d+)' is not facet-valid with respect to \\w+ '(\\d+)'.*",
            Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile(
            "cvc-(min|max)(?:In|Ex)clusive-valid: Value '(.*)' is not facet-valid with respect to \\w+ '(.*?)'.*",
            Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.a: Invalid content was found starting with element '(.*?)'\\. One of '\\{(.*)\\}' is expected\\.",
            Pattern.DOTALL);
    private static final Pattern INCOMPLETE = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.b: The content of element '(.*?)' is not complete\\. One of '\\{(.*)\\}' is expected\\.",
            Pattern.DOTALL);
    private static final Pattern NOTHING_MORE = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.d: Invalid content was found starting with element '(.*?)'\\. No child element is expected at this point\\.",
            Pattern.DOTALL);
    private static final Pattern TEXT_IN_CONTAINER = Pattern.compile(
            "cvc-complex-type\\.2\\.3: Element '(.*?)' cannot have character \\[children\\].*", Pattern.DOTALL);
    private static final Pattern CHILDREN_IN_VALUE = Pattern.compile(
            "cvc-type\\.3\\.1\\.2: Element '(.*?)' is a simple type.*", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "cvc-complex-type\\.3\\.2\\.2: Attribute '(.*?)' is not allowed to appear in element '(.*?)'\\.", Pattern.DOTALL);
    private static final Pattern UNKNOWN_ROOT = Pattern.compile(
            "cvc-elt\\.1(?:\\.a)?: Cannot find the declaration of element '(.*?)'\\.", Pattern.DOTALL);
    private static final Pattern INVALID_VALUE = Pattern.compile(
            "cvc-type\\.3\\.1\\.3: The value '(.*)' of element '(.*?)' is not valid\\.", Pattern.DOTALL);
    private static final Pattern END_TAG = Pattern.compile(
            "The element type \"(.*?)\" must be terminated by the matching end-tag \"</(.*?)>\"\\.", Pattern.DOTALL);
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile(
            "The entity \"(.*?)\" was referenced, but not declared\\.", Pattern.DOTALL);
    private static final Pattern BAD_CHARACTER = Pattern.compile(
            "An invalid XML character \\(Unicode: (0x[0-9a-fA-F]+)\\).*", Pattern.DOTALL);

    private ProblemWording() {
    }

    /** A message Xerces adds after the real one about the same value: said once is enough. */
    static boolean isFollowUp(String raw) {
        return raw.startsWith("cvc-type.3.1.3") || raw.startsWith("cvc-attribute.3")
                || raw.startsWith("cvc-elt.5.2") || raw.startsWith("cvc-complex-type.2.2");
    }

    /**
     * @param element the innermost open element (the one a bad value belongs to), may be null
     * @param parent the element around it, may be null
     * @param anyElement whether any element had started (to tell an empty file from a cut-off one)
     */
    static String explain(String raw, String element, String parent, boolean anyElement) {
        String item = element == null ? "This item" : element;
        Matcher m;
        if ((m = ENUMERATION.matcher(raw)).matches()) {
            String codes = codes(m.group(2));
            return m.group(1).isEmpty()
                    ? item + " is empty. It must be one of: " + codes + "."
                    : item + ": '" + m.group(1) + "' is not a code the census allows. It must be one of: " + codes + ".";
        }
        if ((m = PATTERN.matcher(raw)).matches()) {
            if (m.group(2).equals("CensusDate") || m.group(2).equals("CensusDateTime")) {
                return badValue(item, m.group(1), m.group(2));
            }
            String form = FORMS.getOrDefault(m.group(2), "in the form the specification gives");
            return m.group(1).isEmpty()
                    ? item + " is empty. It must be " + form + "."
                    : item + ": '" + m.group(1) + "' is not in the right form. It must be " + form + ".";
        }
        if ((m = DATATYPE.matcher(raw)).matches()) {
            return badValue(item, m.group(1), m.group(2));
        }
        if ((m = LENGTH.matcher(raw)).matches()) {
            return m.group(1).equals("min")
                    ? item + " is empty: give a value, or leave the item out if it is optional."
                    : item + ": '" + m.group(2) + "' is too long (" + m.group(3) + " characters; at most "
                            + m.group(4) + ").";
        }
        if ((m = RANGE.matcher(raw)).matches()) {
            return item + ": " + m.group(2) + " is too " + (m.group(1).equals("min") ? "small" : "large")
                    + " (it must be " + (m.group(1).equals("min") ? "at least " : "at most ") + m.group(3) + ").";
        }
        if ((m = UNEXPECTED.matcher(raw)).matches()) {
            return "'" + m.group(1) + "' is not expected here" + in(element) + ": the next item should be "
                    + choices(m.group(2)) + ". Items must be in the order the specification gives, "
                    + "and only the items it defines (check the spelling, which is case-sensitive).";
        }
        if ((m = INCOMPLETE.matcher(raw)).matches()) {
            return m.group(1) + " is incomplete: " + choices(m.group(2)) + " is missing.";
        }
        if ((m = NOTHING_MORE.matcher(raw)).matches()) {
            return "'" + m.group(1) + "' is not expected here" + in(element) + ": nothing more may come at this "
                    + "point (is it out of order, misspelt, or in the wrong place?).";
        }
        if ((m = TEXT_IN_CONTAINER.matcher(raw)).matches()) {
            return m.group(1) + " contains text, but it may only contain other items.";
        }
        if ((m = CHILDREN_IN_VALUE.matcher(raw)).matches()) {
            return m.group(1) + " must hold a value, not other items.";
        }
        if ((m = ATTRIBUTE.matcher(raw)).matches()) {
            return m.group(2) + " has an attribute '" + m.group(1) + "', which the census does not define.";
        }
        if ((m = UNKNOWN_ROOT.matcher(raw)).matches()) {
            return "The file starts with '" + m.group(1) + "', but a census file starts with Message "
                    + "(with no namespace): this is not a Children in Need census file.";
        }
        if ((m = INVALID_VALUE.matcher(raw)).matches()) {
            return m.group(2) + ": '" + m.group(1) + "' is not a valid value.";
        }
        return wellFormedness(raw, element, anyElement);
    }

    private static String wellFormedness(String raw, String element, boolean anyElement) {
        Matcher m;
        if (raw.contains("DOCTYPE is disallowed")) {
            return "The file has a DOCTYPE declaration, which a census file must not have (it can make a reader "
                    + "fetch other files or expand text without limit), so the file was not read any further.";
        }
        if (raw.startsWith("Content is not allowed in prolog")) {
            return "This is not an XML file: it does not start with '<'. A census file is XML, "
                    + "not a spreadsheet or CSV.";
        }
        if (raw.startsWith("Premature end of file")) {
            return anyElement
                    ? "The file ends too early: it has been cut off (truncated)" + inside(element) + "."
                    : "The file contains no XML: it is empty or blank.";
        }
        if (raw.startsWith("XML document structures must start and end within the same entity")) {
            return "The file ends too early: it has been cut off (truncated)" + inside(element) + ".";
        }
        if ((m = END_TAG.matcher(raw)).matches()) {
            return m.group(1) + " is not closed where it should be: </" + m.group(2)
                    + "> was expected here (a closing tag is missing, or misspelt).";
        }
        if (raw.startsWith("The markup in the document following the root element must be well-formed")) {
            return "There is more after the end of the Message: a census file holds exactly one Message.";
        }
        if ((m = UNDECLARED_ENTITY.matcher(raw)).matches()) {
            return "'&" + m.group(1) + ";' is not something XML knows. Write & as &amp;amp; "
                    + "(a census file may only use &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos;).";
        }
        if (raw.startsWith("The reference to entity")) {
            return "An '&' in the text is not written as &amp;amp;.";
        }
        if ((m = BAD_CHARACTER.matcher(raw)).matches()) {
            return "The file contains a character XML does not allow (Unicode " + m.group(1) + "): remove it.";
        }
        if (raw.contains("Invalid byte") || raw.contains("UTF-8")) {
            return "The file is not valid UTF-8 here: census files must be saved as UTF-8.";
        }
        if (raw.contains("entity") && raw.contains("limit")) {
            return "The file uses entities beyond the safe limit, so it was not read any further.";
        }
        if (raw.contains("maxElementDepth") || raw.contains("depth")) {
            return "Items are nested far deeper than a census message can be, so the file was not read any further.";
        }
        return "The file is not well-formed XML here: " + raw;
    }

    private static String badValue(String item, String value, String type) {
        if (value.isEmpty()) {
            return item + " is empty: give a value, or leave the item out if it is optional.";
        }
        String shown = "'" + value + "'";
        return switch (type) {
            case "date", "CensusDate" -> item + ": " + shown + " is not a date. Write dates as YYYY-MM-DD, e.g. 2025-06-02.";
            case "dateTime", "CensusDateTime" -> item + ": " + shown + " is not a date and time. Write it as YYYY-MM-DDThh:mm:ss.";
            case "boolean", "YesNoType" -> item + ": " + shown + " is not a yes/no value. Write true or false.";
            case "integer", "nonNegativeInteger", "PreviousPlansType", "decimal" ->
                    item + ": " + shown + " is not a whole number.";
            default -> item + ": " + shown + " is not a valid value (" + type + ").";
        };
    }

    private static String codes(String list) {
        List<String> codes = Arrays.stream(list.split(",")).map(String::trim).toList();
        if (codes.size() <= CODES_SHOWN) {
            return String.join(", ", codes);
        }
        return String.join(", ", codes.subList(0, CODES_SHOWN)) + " and " + (codes.size() - CODES_SHOWN)
                + " more (see the specification)";
    }

    /** "{Year, ReferenceDate}" or "{\"\":Year}" as plain names: "Year or ReferenceDate". */
    private static String choices(String list) {
        List<String> names = Arrays.stream(list.split(","))
                .map(String::trim)
                .map(name -> name.replaceAll("^\"[^\"]*\":", ""))
                .toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    private static String in(String element) {
        return element == null ? "" : " (in " + element + ")";
    }

    private static String inside(String element) {
        return element == null ? "" : ", inside " + element;
    }
}
