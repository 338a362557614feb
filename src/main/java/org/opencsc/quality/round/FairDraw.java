package org.opencsc.quality.round;

import org.springframework.modulith.NamedInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The random draw, deterministic from (eligible ids, size, seed), so a draw can be shown fair by
 * drawing again. The eligible ids are put in ascending order; {@code java.util.Random} is seeded
 * with the seed (its generator is specified exactly by the Java platform, the same on every JVM);
 * then a partial Fisher–Yates shuffle: for i from 0 to size−1, swap position i with position
 * i + nextInt(n − i). The first {@code size} ids, in the order drawn, are the sample. Every child
 * in the list is equally likely to be chosen, and the seed, not the person drawing, decides which.
 */
@NamedInterface("sampling")
public final class FairDraw {

    private FairDraw() {
    }

    public static List<Long> draw(List<Long> eligibleIds, int size, long seed) {
        List<Long> ids = new ArrayList<>(eligibleIds.stream().distinct().sorted().toList());
        if (size < 0 || size > ids.size()) {
            throw new IllegalArgumentException("Cannot draw " + size + " of " + ids.size());
        }
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(ids.size() - i);
            Long chosen = ids.get(j);
            ids.set(j, ids.get(i));
            ids.set(i, chosen);
        }
        return List.copyOf(ids.subList(0, size));
    }
}
