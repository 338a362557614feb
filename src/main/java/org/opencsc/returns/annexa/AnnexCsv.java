package org.opencsc.returns.annexa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One list as RFC 4180 CSV in UTF-8: commas, CRLF line ends, a field quoted (its quotes doubled)
 * when it holds a comma, quote or line break or starts or ends with a space. Dates are written
 * as the template writes them, DD/MM/YYYY. The file is made to be opened in a spreadsheet, so a
 * text value a spreadsheet would run as a formula (one starting with = + - @, or a tab or
 * carriage return) gets a leading apostrophe, as the census report's CSV does; numbers are
 * written as numbers (an unborn child's age, -1, is not text).
 */
final class AnnexCsv {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Writer out;

    AnnexCsv(Writer out) {
        this.out = out;
    }

    void row(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        String text = Formulas.guarded(value.toString());
        if (text.isEmpty()) {
            return "";
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
