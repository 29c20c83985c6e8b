package org.citizenhub.supervision.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.citizenhub.supervision.reports.domain.PerformanceReport;
import org.citizenhub.tables.CsvWriter;
import org.citizenhub.tables.XlsxWriter;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /reports?period=2026-11|2026-Q4|2026&site=&department=&service=&format=json|csv|xlsx|html}: the
 * department performance report as JSON, a CSV or XLSX download, or the printable page.
 */
@RestController
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    ResponseEntity<?> report(@RequestParam String period, @RequestParam(required = false) String site,
                             @RequestParam(required = false) String department,
                             @RequestParam(required = false) String service,
                             @RequestParam(defaultValue = "json") String format, CurrentUser user, Locale locale) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx", "html").contains(f)) {
            throw new HubProblem(ReportProblem.UNKNOWN_REPORT_FORMAT, format);
        }
        PerformanceReport report = reports.report(user, period, site, department, service);
        String name = "report-" + report.period().code();
        return switch (f) {
            case "csv" -> download(bytes(out -> CsvWriter.write(ReportTables.lines(report), out)),
                    "text/csv;charset=UTF-8", name + ".csv");
            case "xlsx" -> download(bytes(out -> XlsxWriter.write(List.of(ReportTables.lines(report),
                    ReportTables.about(report)), out)), XLSX, name + ".xlsx");
            case "html" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .body(ReportPage.render(report, locale));
            default -> ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(ReportJson.of(report, locale));
        };
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing writing) {
        var out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ResponseEntity<byte[]> download(byte[] content, String contentType, String filename) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(content);
    }
}
