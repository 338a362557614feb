package org.opencsc.plan;

import org.opencsc.platform.web.ConflictException;

/** The sibling group's shared part was changed on a sibling's plan since it was read: the change is refused whole (409). */
class FamilyPartChanged extends ConflictException {

    FamilyPartChanged(int read, int now) {
        super("The family’s contingency, written once for the sibling group, was changed on a sibling’s plan since you "
                + "opened this one (family version " + read + ", now " + now + "): nothing was saved. Reload the plan, "
                + "check their change and make yours again");
    }
}
