package org.opencsc.returns.census.xml;

import java.util.List;
import java.util.Optional;
import org.opencsc.returns.census.CensusMessage;

/**
 * A census file as read: either the message (and no problems), or every problem found and no
 * message. A file with any problem is refused whole, so nothing is ever loaded from half a file.
 */
public record CensusFile(Optional<CensusMessage> message, List<FileProblem> problems) {

    public CensusFile {
        problems = List.copyOf(problems);
        if (message.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("A census file has either a message or problems");
        }
    }

    static CensusFile accepted(CensusMessage message) {
        return new CensusFile(Optional.of(message), List.of());
    }

    static CensusFile refused(List<FileProblem> problems) {
        return new CensusFile(Optional.empty(), problems);
    }

    public boolean isAccepted() {
        return message.isPresent();
    }
}
