package org.opencsc.performance.figures;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencsc.performance.Bucket;
import org.opencsc.performance.FigureResult;
import org.opencsc.performance.FigureRow;
import org.opencsc.performance.Period;

/** Charts a figure's rows by the month of their date: one bucket for every month of the period, empty ones too. */
final class Monthly {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Monthly() {
    }

    static FigureResult of(Period period, List<FigureRow> rows, boolean share) {
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        period.months().forEach(m -> counts.put(m, new long[2]));
        List<String> keys = new ArrayList<>(rows.size());
        for (FigureRow row : rows) {
            YearMonth month = YearMonth.from(row.date());
            long[] c = counts.get(month);
            c[0]++;
            c[1] += row.met() ? 1 : 0;
            keys.add(month.toString());
        }
        List<Bucket> buckets = counts.entrySet().stream()
                .map(e -> new Bucket(e.getKey().toString(), LABEL.format(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
        return new FigureResult(rows, buckets, keys, share);
    }
}
