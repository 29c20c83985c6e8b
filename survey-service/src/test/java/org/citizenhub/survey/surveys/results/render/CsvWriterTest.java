package org.citizenhub.survey.surveys.results.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static byte[] csv(Table table) throws Exception {
        var out = new ByteArrayOutputStream();
        CsvWriter.write(table, out);
        return out.toByteArray();
    }

    @Test
    void starts_with_a_utf8_byte_order_mark_so_excel_reads_chinese_as_utf8() throws Exception {
        byte[] bytes = csv(new Table("答卷", List.of("问题"), List.of(List.of("公交"))));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF问题\r\n公交\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says_and_read_back_unchanged() throws Exception {
        var row = List.<Object>of("a,b", "他说\"好\"", "第一行\n第二行", "plain");
        String text = new String(csv(new Table("t", List.of("1", "2", "3", "4"), List.of(row))),
                StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\"a,b\",\"他说\"\"好\"\"\",\"第一行\n第二行\",plain\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(1).values()).containsExactly("a,b", "他说\"好\"", "第一行\n第二行", "plain");
    }

    @Test
    void text_that_looks_like_a_formula_is_neutralised_but_numbers_stay_numbers() throws Exception {
        var row = List.<Object>of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", new BigDecimal("-3.5"), 7,
                LocalDate.of(2026, 11, 16));
        String text = new String(csv(new Table("t", List.of("a", "b", "c", "d", "e", "f", "g"), List.of(row))),
                StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(1).values()).containsExactly("'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)",
                "-3.5", "7", "2026-11-16");
    }

    @Test
    void an_empty_cell_is_an_empty_field() throws Exception {
        var row = java.util.Arrays.<Object>asList("x", null, "y");
        String text = new String(csv(new Table("t", List.of("a", "b", "c"), List.of(row))), StandardCharsets.UTF_8);
        assertThat(text).endsWith("x,,y\r\n");
    }
}
