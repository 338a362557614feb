package org.opencsc.childrecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where every panel's fragments go on the record's pages, gathered once at start: record.html asks
 * for a slot's fragments on the page it shows ({@code layout.in('SUMMARY', part)}) and inserts them
 * in order. Two fragments with the same slot and order on one page, or two messages with the same
 * parameter, are refused at start, so a new feature cannot silently land in another's place.
 */
public final class RecordLayout {

    private final Map<RecordPart, Map<RecordSlot, List<RecordFragment>>> pages = new EnumMap<>(RecordPart.class);
    private final List<RecordConfirmation> confirmations;

    RecordLayout(List<RecordPanel> panels) {
        Map<String, RecordFragment> taken = new HashMap<>();
        for (RecordPart part : RecordPart.values()) {
            Map<RecordSlot, List<RecordFragment>> slots = new EnumMap<>(RecordSlot.class);
            for (RecordSlot slot : RecordSlot.values()) {
                slots.put(slot, new ArrayList<>());
            }
            pages.put(part, slots);
        }
        for (RecordPanel panel : panels) {
            for (RecordFragment f : panel.fragments()) {
                for (RecordPart part : RecordPart.values()) {
                    if (!f.shownOn(part)) {
                        continue;
                    }
                    // The header is on every page, so its places are shared by all of them.
                    String place = (f.slot() == RecordSlot.NAME ? "header" : part.name()) + "/" + f.slot() + "/" + f.order();
                    RecordFragment clash = taken.putIfAbsent(place, f);
                    if (clash != null && clash != f) {
                        throw new IllegalStateException("Record fragments " + clash.reference() + " and " + f.reference()
                                + " both take order " + f.order() + " in " + f.slot()
                                + (f.slot() == RecordSlot.NAME ? "" : " on the " + part.label().toLowerCase() + " page"));
                    }
                    pages.get(part).get(f.slot()).add(f);
                }
            }
        }
        for (Map<RecordSlot, List<RecordFragment>> slots : pages.values()) {
            slots.values().forEach(list -> list.sort(Comparator.comparingInt(RecordFragment::order)));
            slots.replaceAll((slot, list) -> List.copyOf(list));
        }
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

    /** The fragments of the slot named {@code slot} (a {@link RecordSlot} name) on the page {@code part}, in order. */
    public List<RecordFragment> in(String slot, RecordPart part) {
        return pages.get(part).get(RecordSlot.valueOf(slot));
    }

    /** The features' messages for the query parameters the request carries, in order. */
    List<String> confirmationsFor(Predicate<String> hasParameter) {
        return confirmations.stream().filter(c -> hasParameter.test(c.parameter())).map(RecordConfirmation::message).toList();
    }
}
