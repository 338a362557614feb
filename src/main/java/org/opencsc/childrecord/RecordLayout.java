package org.opencsc.childrecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where every panel's fragments go on the record page, gathered once at start: record.html asks
 * for a slot's fragments ({@code layout.in('SUMMARY')}) and inserts them in order. Two fragments
 * with the same slot and order, or two messages with the same parameter, are refused at start, so
 * a new feature cannot silently land in another's place.
 */
public final class RecordLayout {

    private final Map<RecordSlot, List<RecordFragment>> slots = new EnumMap<>(RecordSlot.class);
    private final List<RecordConfirmation> confirmations;

    RecordLayout(List<RecordPanel> panels) {
        Map<String, RecordFragment> taken = new HashMap<>();
        for (RecordSlot slot : RecordSlot.values()) {
            slots.put(slot, new ArrayList<>());
        }
        for (RecordPanel panel : panels) {
            for (RecordFragment f : panel.fragments()) {
                RecordFragment clash = taken.putIfAbsent(f.slot() + "/" + f.order(), f);
                if (clash != null) {
                    throw new IllegalStateException("Record fragments " + clash.reference() + " and " + f.reference()
                            + " both take order " + f.order() + " in " + f.slot());
                }
                slots.get(f.slot()).add(f);
            }
        }
        slots.values().forEach(list -> list.sort(Comparator.comparingInt(RecordFragment::order)));
        slots.replaceAll((slot, list) -> List.copyOf(list));
        Map<String, RecordConfirmation> parameters = new HashMap<>();
        List<RecordConfirmation> all = new ArrayList<>();
        for (RecordPanel panel : panels) {
            for (RecordConfirmation c : panel.confirmations()) {
                if (parameters.putIfAbsent(c.parameter(), c) != null) {
                    throw new IllegalStateException("Two record page messages answer ?" + c.parameter());
                }
                all.add(c);
            }
        }
        all.sort(Comparator.comparingInt(RecordConfirmation::order));
        confirmations = List.copyOf(all);
    }

    /** The fragments of the slot named {@code slot} (a {@link RecordSlot} name), in order. */
    public List<RecordFragment> in(String slot) {
        return slots.get(RecordSlot.valueOf(slot));
    }

    /** The features' messages for the query parameters the request carries, in order. */
    List<String> confirmationsFor(Predicate<String> hasParameter) {
        return confirmations.stream().filter(c -> hasParameter.test(c.parameter())).map(RecordConfirmation::message).toList();
    }
}
