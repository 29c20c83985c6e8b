package org.citizenhub.survey.surveys.results.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF, fields quoted when they hold a comma, quote, CR or LF, quotes doubled) in UTF-8 with a byte
 * order mark, so that Excel opens Chinese text correctly instead of guessing GBK. Text cells that a spreadsheet
 * would take for a formula ({@code = + - @}, tab, CR at the start) get a leading apostrophe (OWASP "CSV
 * injection"); numbers are written as numbers, so a negative number stays a number.
 */
public final class CsvWriter {

    static final char BOM = '\uFEFF';

    private CsvWriter() {
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        row(w, List.copyOf(table.header()));
        for (List<Object> r : table.rows()) {
            row(w, r);
        }
        w.flush();
    }

    private static void row(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof Number || cell instanceof java.time.LocalDate) {
            return cell.toString();
        }
        return quoted(guarded(cell.toString()));
    }

    /** A text that starts like a formula, neutralised with a leading apostrophe. */
    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
