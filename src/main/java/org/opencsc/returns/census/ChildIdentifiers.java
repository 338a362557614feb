package org.opencsc.returns.census;

import java.time.LocalDate;

/**
 * ChildIdentifiers. {@code sex} is the 2024-25 item Sex: "M", "F" or "U". {@code upnUnknown} is
 * the reason a UPN is missing (UN1 to UN10, see the specification).
 */
public record ChildIdentifiers(
        String laChildId,
        String upn,
        String formerUpn,
        String upnUnknown,
        LocalDate personBirthDate,
        LocalDate expectedPersonBirthDate,
        String sex,
        LocalDate personDeathDate) {
}
