package org.citizenhub.survey.surveys.results.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.survey.surveys.results.domain.SurveyFixture;
import org.citizenhub.survey.surveys.results.domain.Tally;
import org.junit.jupiter.api.Test;

class SheetsTest {

    private static Sheets sheets() {
        Sheets sheets = new Sheets(SurveyFixture.questionnaire(), PersonalDataMasker.standard());
        SurveyFixture.responses().forEach(sheets::add);
        return sheets;
    }

    @Test
    void one_numbered_row_per_response_one_column_per_question_or_per_option_row_and_ranked_option() {
        Table t = sheets().answers();
        assertThat(t.header()).startsWith("#", "commute 通勤方式", "modes[metro] 其他交通方式 / 选项metro");
        assertThat(t.header()).contains("services[parks] 各项服务 / 选项parks", "priorities[clinics] 优先事项 / 选项clinics");
        assertThat(t.rows()).hasSize(5);
        List<Object> first = t.rows().getFirst();
        assertThat(first.get(0)).isEqualTo(1);
        assertThat(first.get(1)).isEqualTo("选项bus");
        assertThat(first.subList(2, 5)).containsExactly(1, 0, 1);
        assertThat(first.get(t.header().indexOf("age 年龄"))).isEqualTo(new BigDecimal("30"));
        assertThat(first.get(t.header().indexOf("priorities[clinics] 优先事项 / 选项clinics"))).isEqualTo(2);
        assertThat(t.rows().get(4).get(t.header().indexOf("photos 照片"))).isEqualTo(1);
    }

    @Test
    void free_text_is_masked_and_nothing_identifies_a_respondent() {
        Table t = sheets().answers();
        String remark = (String) t.rows().getFirst().get(t.header().indexOf("remarks 其他意见"));
        assertThat(remark).startsWith("公交太挤").doesNotContain("13812345678");
        assertThat(t.toString()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }

    @Test
    void the_workbook_keeps_numbers_numeric_and_both_sheets() throws Exception {
        Tally tally = new Tally(SurveyFixture.questionnaire());
        SurveyFixture.responses().forEach(tally::add);
        var out = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(sheets().answers(), Sheets.results(tally.results(UUID.randomUUID(), "t"))), out);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            var answers = book.getSheetAt(0);
            assertThat(answers.getRow(0).getCell(1).getStringCellValue()).isEqualTo("commute 通勤方式");
            assertThat(answers.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(answers.getRow(1).getCell(1).getStringCellValue()).isEqualTo("选项bus");
            var results = book.getSheetAt(1);
            assertThat(results.getRow(1).getCell(0).getStringCellValue()).isEqualTo("commute");
            assertThat(results.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(2.0); // bus
            assertThat(results.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(50.0);
        }
    }
}
