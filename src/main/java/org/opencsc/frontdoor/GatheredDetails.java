package org.opencsc.frontdoor;

/**
 * What a contact officer gathers beyond what was reported: the presenting concern (coded, and in
 * words), more about the referrer, the child's school and GP, the parents or carers, and the
 * child's own words. Every part is optional, since a caller often knows only some of it.
 */
public record GatheredDetails(
        PresentingConcern presentingConcern,
        String concernDetails,
        String contactorRole,
        String contactorRelationship,
        String childSchool,
        String childGp,
        String parentsOrCarers,
        String childWords) {

    public static final GatheredDetails NONE = new GatheredDetails(null, null, null, null, null, null, null, null);
}
