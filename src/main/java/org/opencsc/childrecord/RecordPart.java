package org.opencsc.childrecord;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencsc.person.Person;

/**
 * The pages of a child's record, in the order the sub-navigation lists them. The summary keeps
 * the record's own address ({@code /people/{id}}); every other part is a page below it, so a
 * worker reaches any part in one click and the access log says which part was read.
 */
public enum RecordPart {

    SUMMARY("Summary", "", false),
    CHRONOLOGY("Chronology", "chronology", false),
    FAMILY("Family", "family", false),
    ASSESSMENTS_AND_PROTECTION("Assessments and protection", "assessments-and-protection", true),
    PLANS("Plans", "plans", true),
    VISITS("Visits", "visits", true),
    /** Served by the oversight feature's decision log page, which shows the record's header and navigation too. */
    DECISIONS("Decisions", "decisions", true),
    DOCUMENTS("Documents", "documents", false);

    private final String label;
    private final String segment;
    private final boolean childOnly;

    RecordPart(String label, String segment, boolean childOnly) {
        this.label = label;
        this.segment = segment;
        this.childOnly = childOnly;
    }

    /** The parts the sub-navigation offers on this person's record: an adult is not assessed, planned for or visited. */
    public static List<RecordPart> of(Person person) {
        return Arrays.stream(values()).filter(p -> person.child() || !p.childOnly).toList();
    }

    /** The id of the part's link in the sub-navigation, for tests and skip links. */
    public String navigationId() {
        return "record-nav-" + (segment.isEmpty() ? "summary" : segment);
    }

    public String label() {
        return label;
    }

    /** The last part of the page's address: {@code chronology} in {@code /people/12/chronology}; empty for the summary. */
    public String segment() {
        return segment;
    }

    public String path(long personId) {
        return "/people/" + personId + (segment.isEmpty() ? "" : "/" + segment);
    }

    static Optional<RecordPart> fromSegment(String segment) {
        return Arrays.stream(values()).filter(p -> !p.segment.isEmpty() && p.segment.equals(segment)).findFirst();
    }
}
