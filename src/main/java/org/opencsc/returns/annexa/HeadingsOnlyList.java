package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

/**
 * A list for a part of the service OpenCSC does not record yet (children looked after, care
 * leavers, adoption, adopters): its sheet and CSV have the template's headings and no rows, so
 * the workbook keeps the template's layout and fills as those features come.
 */
record HeadingsOnlyList(int number, String title, String period, List<Column> columns) implements AnnexList {

    @Override
    public String sql() {
        return null;
    }

    @Override
    public List<Object> values(ResultSet rs, LocalDate date) {
        throw new IllegalStateException("List " + number + " has no rows in OpenCSC yet");
    }
}
