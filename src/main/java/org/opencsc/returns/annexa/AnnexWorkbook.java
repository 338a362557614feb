package org.opencsc.returns.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Annex A workbook, one sheet per list, written with POI's streaming SXSSF: only the last
 * {@link #WINDOW} rows of a sheet are in memory, the rest already in a temporary file
 * (uncompressed: compressing it cost more time than the disk it saves), so a large council's
 * lists take the same memory as a small one's. The header row is bold and frozen; dates are real Excel dates (shown DD/MM/YYYY, as the template's are); text cells
 * are guarded against formulas as the CSV is. Close it to delete its temporary files.
 */
final class AnnexWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    static final int WINDOW = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle heading;
    private final CellStyle day;
    private SXSSFSheet sheet;
    private List<Column> columns;
    private int next;

    AnnexWorkbook() {
        workbook.setCompressTempFiles(false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    void startSheet(AnnexList list) {
        sheet = workbook.createSheet(list.sheetName());
        columns = list.columns();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).heading());
            cell.setCellStyle(heading);
            sheet.setColumnWidth(i, Math.min(60, Math.max(14, columns.get(i).heading().length() / 2 + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        next = 1;
    }

    void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(day);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(Formulas.guarded(value.toString()));
            }
        }
    }

    void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
