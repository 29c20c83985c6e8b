package org.citizenhub.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void numbers_stay_numeric_dates_stay_dates_and_a_formula_like_text_stays_text() throws Exception {
        var row = Arrays.<Object>asList("=SUM(A1)", new BigDecimal("91.7"), 12, LocalDate.of(2026, 11, 16), null);
        var out = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(new Table("部门 Departments", List.of("a", "b", "c", "d", "e"), List.of(row)),
                new Table("合计 Totals", List.of("x"), List.of())), out);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            var sheet = book.getSheet("部门 Departments");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("a");
            var cells = sheet.getRow(1);
            assertThat(cells.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cells.getCell(0).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(cells.getCell(1).getNumericCellValue()).isEqualTo(91.7);
            assertThat(cells.getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(DateUtil.isCellDateFormatted(cells.getCell(3))).isTrue();
            assertThat(cells.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(cells.getCell(4)).isNull();
        }
    }
}
