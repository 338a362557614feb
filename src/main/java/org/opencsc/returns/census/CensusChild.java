package org.opencsc.returns.census;

import java.util.List;

/**
 * Message/Children/Child: identifiers, characteristics and one {@link CinDetails} per episode
 * in or overlapping the collection year. {@code personId} is the OpenCSC person it came from
 * (null for a child read from a file and not yet matched).
 */
public record CensusChild(
        ChildIdentifiers identifiers,
        ChildCharacteristics characteristics,
        List<CinDetails> cinDetails,
        Long personId) {

    public CensusChild {
        cinDetails = List.copyOf(cinDetails);
    }

    public String laChildId() {
        return identifiers.laChildId();
    }
}
