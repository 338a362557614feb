package org.opencsc.oversight;

import java.util.List;

/** A management oversight entry as recorded, once read from the request. */
public record OversightInput(String considered, String analysis, List<ActionInput> actions) {
}
