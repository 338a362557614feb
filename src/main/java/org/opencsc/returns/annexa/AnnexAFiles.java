package org.opencsc.returns.annexa;

import java.time.LocalDate;
import java.util.Locale;

/** The names the downloads are saved under: the date and, for a CSV, the list. */
final class AnnexAFiles {

    private AnnexAFiles() {
    }

    static String workbookName(LocalDate date) {
        return "annex-a-" + date + ".xlsx";
    }

    static String csvName(LocalDate date, AnnexList list) {
        return "annex-a-" + date + "-list-" + list.number() + "-"
                + list.title().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".csv";
    }
}
