package org.citizenhub.supervision.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citizenhub.supervision.SupervisionApplication;
import org.citizenhub.supervision.reports.domain.Figures;
import org.citizenhub.supervision.reports.domain.Measure;
import org.citizenhub.supervision.reports.domain.PerformanceReport;
import org.citizenhub.supervision.reports.domain.ReportLine;
import org.citizenhub.tables.Table;

/**
 * A report as tables for CSV and XLSX: one row per line with its level ({@code service}, {@code department},
 * {@code site}, {@code hub}), bilingual headers, counts and figures as numbers, "—" where a figure has no basis.
 */
final class ReportTables {

    static final List<String> HEADER = List.of("层级 Level", "站点 Site", "部门 Department", "服务 Service",
            "受理 Received", "办结 Handled", "按时办结 Handled on time", "按时办结率% On-time %",
            "平均办理工作日 Average working days", "评价数 Ratings", "平均满意度 Average satisfaction",
            "满意率% Satisfied %", "差评 Bad ratings", "差评已整改 Bad ratings rectified", "整改率% Rectified %",
            "督办件 Notices issued", "督办已回复 Notices replied");

    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private ReportTables() {
    }

    static Table lines(PerformanceReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportLine line : report.lines()) {
            Figures f = line.figures();
            rows.add(Arrays.asList(line.level().name().toLowerCase(Locale.ROOT), line.site(), line.department(),
                    line.service(), f.received(), f.handled(), f.handledOnTime(), f.onTimeRate().cell(),
                    f.averageWorkingDays().cell(), f.rated(), f.averageSatisfaction().cell(),
                    f.satisfiedRate().cell(), f.bad(), f.badRectified(), f.rectifiedRate().cell(),
                    f.noticesIssued(), f.noticesReplied()));
        }
        return new Table("报表 Report " + report.period().code(), HEADER, rows);
    }

    /** The second sheet of the workbook: what the figures are and when they were taken. */
    static Table about(PerformanceReport report) {
        var filter = report.filter();
        return new Table("说明 About", List.of("项目 Item", "值 Value"), List.of(
                List.of("期间 Period", report.period().code() + " " + report.period().label(Locale.CHINA)),
                List.of("生成时间 Generated at",
                        GENERATED.format(report.generatedAt().atZone(SupervisionApplication.ZONE))),
                Arrays.asList("站点 Site", filter.site()),
                Arrays.asList("部门 Department", filter.department()),
                Arrays.asList("服务 Service", filter.service()),
                List.of("口径 Definitions", "supervision/docs/reports.md; " + Measure.NONE
                        + " = 无可计算的基数 nothing to divide by")));
    }
}
