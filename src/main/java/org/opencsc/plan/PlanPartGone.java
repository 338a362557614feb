package org.opencsc.plan;

import org.opencsc.platform.web.NotFoundException;

/**
 * A need, outcome or action a form was for is no longer in the draft (removed since the form was
 * opened). Still a 404 where nothing better can be shown; the plan pages catch it and say so on
 * the plan page instead.
 */
class PlanPartGone extends NotFoundException {

    PlanPartGone(String message) {
        super(message);
    }
}
