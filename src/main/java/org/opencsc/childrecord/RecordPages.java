package org.opencsc.childrecord;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;

/**
 * What every page of a child's record shows around its own part: the record opened for the user
 * (the access check, and an access log entry naming the page's address, so the log says which
 * part was read), the child's header with the panels' alerts, the sub-navigation and the
 * features' messages. A feature serving a part itself (the oversight feature's decision log)
 * calls {@link #prepare} and inserts {@code childrecord/record-frame} fragments in its template.
 */
@Service
public class RecordPages {

    private final ChildRecordService records;
    private final List<RecordPanel> panels;
    private final RecordLayout layout;
    private final Clock clock;

    RecordPages(ChildRecordService records, List<RecordPanel> panels, Clock clock) {
        this.records = records;
        this.panels = panels;
        this.layout = new RecordLayout(panels);
        this.clock = clock;
    }

    /**
     * Opens the record (refusing a user who may not open it before anything is read) and adds to
     * the model what the frame and the panels' fragments read for {@code part}.
     */
    public ChildRecord prepare(long id, RecordPart part, CurrentUser user, HttpServletRequest request, Model model) {
        ChildRecord record = records.open(id, user, AccessLog.Channel.WEB, request.getRequestURI());
        model.addAttribute("record", record);
        RecordPage page = new RecordPage(model, part);
        for (RecordPanel panel : panels) {
            panel.addTo(page, id, record.person().child(), user);
        }
        model.addAttribute("layout", layout);
        model.addAttribute("part", part);
        model.addAttribute("parts", RecordPart.of(record.person()));
        model.addAttribute("panelAlerts", page.alerts());
        model.addAttribute("confirmations", layout.confirmationsFor(name -> request.getParameter(name) != null));
        model.addAttribute("canRecord", user.role().recordsOnCases());
        model.addAttribute("isManager", user.role().isManager());
        model.addAttribute("today", LocalDate.now(clock));
        return record;
    }

    /** The record a merged one now lives in (itself when it was not merged). */
    public long resolveMerged(long id) {
        return records.resolveMerged(id);
    }
}
