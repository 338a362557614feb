package org.opencsc.protection.step;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.opencsc.platform.validation.ValidationException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whether a user may take a step of the protection journey on a child's record: their role must
 * be one that takes the step, and they must be able to write on the record. Each step's service
 * asks this before its form is shown and again before saving, so the two cannot disagree.
 */
@Component
public class StepPermission {

    private final AccessPolicy access;
    private final AccessLog accessLog;

    StepPermission(AccessPolicy access, AccessLog accessLog) {
        this.access = access;
        this.accessLog = accessLog;
    }

    /**
     * The record the step is taken on ({@code target}: an enquiry, a plan...), once the user may
     * take it there. A role that does not take the step is refused (403) first, whatever the
     * request says, and the refusal is logged on the child's record when the request names one;
     * then a missing target is a 404 (or 400), and a record the user may not write on a 403.
     */
    public <T> T check(boolean roleTakesStep, String refusal, CurrentUser user, Supplier<T> target, ToLongFunction<T> child,
                       AccessLog.Channel channel, String path) {
        if (!roleTakesStep) {
            try {
                accessLog.record(user.username(), child.applyAsLong(target.get()), AccessLog.Action.DENIED, channel, path);
            } catch (NotFoundException | ValidationException noRecordNamed) {
                // Nothing to log it against: the refusal stands all the same.
            }
            throw new RecordAccessDeniedException(refusal);
        }
        T t = target.get();
        access.checkCanRecord(user, child.applyAsLong(t), channel, path);
        return t;
    }

    /** As {@link #check}, for showing the step's form: a view of the record, logged as one. */
    public <T> T checkAndLogView(boolean roleTakesStep, String refusal, CurrentUser user, Supplier<T> target,
                                 ToLongFunction<T> child, AccessLog.Channel channel, String path) {
        T t = check(roleTakesStep, refusal, user, target, child, channel, path);
        access.checkAndLogView(user, child.applyAsLong(t), channel, path);
        return t;
    }
}
