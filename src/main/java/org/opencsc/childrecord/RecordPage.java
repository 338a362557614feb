package org.opencsc.childrecord;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;

/** What a {@link RecordPanel} gives one rendering of the record page: what its fragments read, and its alerts. */
public final class RecordPage {

    private final Model model;
    private final RecordPart part;
    private final List<String> alerts = new ArrayList<>();

    RecordPage(Model model, RecordPart part) {
        this.model = model;
        this.part = part;
    }

    /**
     * The page of the record being shown. Every panel is asked on every page, as the header (level
     * of need, alerts) is on all of them; a panel may skip reading what only another page shows.
     */
    public RecordPart part() {
        return part;
    }

    /** A model attribute the panel's fragments read; named for the feature, as every panel shares the page's model. */
    public RecordPage add(String attribute, Object value) {
        model.addAttribute(attribute, value);
        return this;
    }

    /**
     * A red tag beside the name (the child protection plan). Alerts are data, not fragments, because
     * the alerts box shows only when there is at least one; features' come before the person's own.
     */
    public RecordPage alert(String text) {
        alerts.add(text);
        return this;
    }

    List<String> alerts() {
        return List.copyOf(alerts);
    }
}
