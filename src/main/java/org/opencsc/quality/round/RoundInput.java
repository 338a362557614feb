package org.opencsc.quality.round;

import java.time.LocalDate;
import java.util.List;

/**
 * A new round as the page or the API sent it. Coded values stay as text, so the checks can say
 * what was wrong; {@code seed} may be left out (one is chosen and kept); {@code personIds} is for a
 * round chosen by hand.
 */
public record RoundInput(String title, String kind, String theme, Long templateId, LocalDate dueOn, String selection,
                         SampleFilter filter, Integer sampleSize, Long seed, List<Long> personIds) {
}
