package org.citizenhub.survey.surveys.results.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Office Open XML workbook (Apache POI), one sheet per table: numbers as numeric cells, dates as date cells, text
 * as text cells. A text cell is never evaluated as a formula, so no apostrophe is needed here (unlike CSV). Streaming
 * ({@link SXSSFWorkbook}): a survey with many thousands of responses keeps 100 rows in memory.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Table t : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < t.header().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(t.header().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        switch (v) {
                            case BigDecimal d -> cell.setCellValue(d.doubleValue());
                            case Number n -> cell.setCellValue(n.doubleValue());
                            case LocalDate d -> {
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            }
                            default -> cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            book.write(out);
        }
    }
}
