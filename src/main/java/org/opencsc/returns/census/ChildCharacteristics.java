package org.opencsc.returns.census;

import java.util.List;

/** ChildCharacteristics: the ethnicity code (WBRI ... NOBT) and disability codes (NONE, MOB ... DDA). */
public record ChildCharacteristics(String ethnicity, List<String> disabilities) {

    public ChildCharacteristics {
        disabilities = List.copyOf(disabilities);
    }
}
