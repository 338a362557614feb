package org.opencsc.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Applies the one rule of what a user sees of the people a list names (README, "Restricted
 * records and what each user sees"): a row about people the user may open is shown as it is;
 * any other row is replaced by the feature's withheld form of it, or left out. Features call
 * this rather than deciding for themselves, and it asks {@link AccessPolicy} once per list.
 */
@Component
public class Redaction {

    private final AccessPolicy access;

    Redaction(AccessPolicy access) {
        this.access = access;
    }

    /** What the user may see of each of these people. */
    public Sights of(CurrentUser user, Collection<Long> personIds) {
        return new Sights(access.sight(user, personIds.stream().filter(Objects::nonNull).distinct().toList()));
    }

    /**
     * The rows as the user may see them. {@code withhold} is given each row that names someone
     * the user may not open, with the least the user may see of its people (CLOSED or SEALED),
     * and returns the row without their details, or null to leave the row out.
     */
    public <T> List<T> apply(CurrentUser user, List<T> rows, Function<T, ? extends Collection<Long>> peopleOf,
                             BiFunction<T, Sight, T> withhold) {
        if (rows.isEmpty()) {
            return rows;
        }
        Sights sights = of(user, rows.stream().flatMap(r -> peopleOf.apply(r).stream()).toList());
        List<T> shown = new ArrayList<>(rows.size());
        for (T row : rows) {
            Sight sight = sights.of(peopleOf.apply(row));
            T result = sight == Sight.OPEN ? row : withhold.apply(row, sight);
            if (result != null) {
                shown.add(result);
            }
        }
        return shown;
    }

    /** The answers for one list: a person the policy did not answer for (no such record) is SEALED. */
    public record Sights(Map<Long, Sight> byPerson) {

        public Sight of(Long personId) {
            return byPerson.getOrDefault(personId, Sight.SEALED);
        }

        /** The least the user may see of any of these people (OPEN for none). */
        public Sight of(Collection<Long> personIds) {
            Sight least = Sight.OPEN;
            for (Long id : personIds) {
                least = least.and(of(id));
            }
            return least;
        }

        public boolean open(Long personId) {
            return of(personId) == Sight.OPEN;
        }
    }
}
