package org.citizenhub.supervision.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.citizenhub.supervision.reports.domain.Figures;
import org.citizenhub.supervision.reports.domain.PerformanceReport;
import org.citizenhub.supervision.reports.domain.ReportLine;
import org.citizenhub.supervision.reports.domain.ReportPeriod;
import org.citizenhub.supervision.reports.domain.Tally;
import org.junit.jupiter.api.Test;

class ReportPageTest {

    private static final Tally NOTHING = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, new Tally.NoticeTally(0, 0));

    private static PerformanceReport report(String period, String department) {
        var figures = Figures.of(new Tally(3, 2, 1, 9, 0, 0, 0, 0, 0, new Tally.NoticeTally(1, 0)));
        return new PerformanceReport(ReportPeriod.parse(period).orElseThrow(), Instant.parse("2026-11-16T02:00:00Z"),
                new PerformanceReport.Filter(null, null, null), List.of(
                new ReportLine(ReportLine.Level.SITE, "GOV", null, null, figures),
                new ReportLine(ReportLine.Level.DEPARTMENT, "GOV", department, null, figures),
                new ReportLine(ReportLine.Level.SERVICE, "GOV", department, "mailbox", figures),
                new ReportLine(ReportLine.Level.HUB, null, null, null, Figures.of(NOTHING))));
    }

    @Test
    void the_annual_report_is_headed_as_a_government_report_and_prints_on_a4_landscape() {
        String html = ReportPage.render(report("2026", "D-TRANSPORT"), Locale.CHINA);
        assertThat(html).contains("<p class=\"kicker\">政务公开</p>").contains("<h1>2026年度部门办理绩效报表</h1><p class=\"kind\">年度报表</p>")
                .contains("报告期间：2026年度 (2026-01-01 – 2026-12-31)").contains("生成时间：2026-11-16 10:00:00 +08:00")
                .contains("@page{size:A4 landscape").contains("thead{display:table-header-group;}")
                .contains("<td>领导信箱</td>").contains("<td>部门小计</td>").contains("<td>总计</td>");
        // 1 of 2 handled on time: 50.0; 9 working days / 2: 4.5; the hub handled nothing: dashes
        assertThat(html).contains("<td class=\"n\">50.0</td>").contains("<td class=\"n\">4.5</td>")
                .contains("<td class=\"n\">—</td>");
    }

    @Test
    void a_quarter_is_a_quarterly_report_and_english_on_request() {
        assertThat(ReportPage.render(report("2026-Q4", "D-TRANSPORT"), Locale.CHINA))
                .contains("<h1>2026年第四季度部门办理绩效报表</h1><p class=\"kind\">季度报表</p>");
        assertThat(ReportPage.render(report("2026-11", "D-TRANSPORT"), Locale.ENGLISH))
                .contains("November 2026").contains("<h1>Department performance, November 2026</h1>").contains("Monthly report").contains("lang=\"en\"");
    }

    @Test
    void text_from_the_read_model_is_escaped() {
        String html = ReportPage.render(report("2026-11", "<script>alert(1)</script>"), Locale.CHINA);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
