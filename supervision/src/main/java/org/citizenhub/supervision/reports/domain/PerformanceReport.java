package org.citizenhub.supervision.reports.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A department performance report (部门绩效 / 年度报表) for a period, as the caller may see it. */
public record PerformanceReport(ReportPeriod period, Instant generatedAt, Filter filter, List<ReportLine> lines) {

    /** What the request narrowed the report to (null: not narrowed). */
    public record Filter(String site, String department, String service) {
    }

    public PerformanceReport {
        lines = List.copyOf(lines);
    }

    public List<ReportLine> at(ReportLine.Level level) {
        return lines.stream().filter(l -> l.level() == level).toList();
    }

    public Optional<ReportLine> hub() {
        return at(ReportLine.Level.HUB).stream().findFirst();
    }
}
