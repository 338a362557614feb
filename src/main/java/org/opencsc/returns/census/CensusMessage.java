package org.opencsc.returns.census;

import java.util.List;

/** A whole census message: the header and every child in it. */
public record CensusMessage(CensusHeader header, List<CensusChild> children) {

    public CensusMessage {
        children = List.copyOf(children);
    }
}
