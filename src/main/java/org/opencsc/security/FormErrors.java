package org.opencsc.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Problems with an administration form, by field, in the order found. It answers the same
 * questions as platform's Problems (has, messageFor, list), so the shared error summary and field
 * fragments show it; security keeps its own because platform depends on security, not the reverse.
 */
public final class FormErrors {

    public record Item(String field, String message) {
    }

    private final List<Item> items = new ArrayList<>();

    public FormErrors add(String field, String message) {
        if (!has(field)) {
            items.add(new Item(field, message));
        }
        return this;
    }

    public boolean has(String field) {
        return items.stream().anyMatch(i -> i.field().equals(field));
    }

    public Optional<String> messageFor(String field) {
        return items.stream().filter(i -> i.field().equals(field)).map(Item::message).findFirst();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Item> list() {
        return List.copyOf(items);
    }
}
