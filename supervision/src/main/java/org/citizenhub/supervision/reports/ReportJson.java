package org.citizenhub.supervision.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citizenhub.supervision.reports.domain.Figures;
import org.citizenhub.supervision.reports.domain.PerformanceReport;
import org.citizenhub.supervision.reports.domain.ReportLine;

/** The JSON answer: figures as numbers, null where a figure has no basis (the files and the page print "—"). */
record ReportJson(String period, String label, LocalDate from, LocalDate to, Instant generatedAt,
                  PerformanceReport.Filter filter, List<Line> lines) {

    record Line(String level, String site, String department, String service, long received, long handled,
                long handledOnTime, BigDecimal onTimeRate, BigDecimal averageWorkingDays, long rated,
                BigDecimal averageSatisfaction, BigDecimal satisfiedRate, long bad, long badRectified,
                BigDecimal rectifiedRate, long noticesIssued, long noticesReplied) {
    }

    static ReportJson of(PerformanceReport r, Locale locale) {
        return new ReportJson(r.period().code(), r.period().label(locale), r.period().from(),
                r.period().until().minusDays(1), r.generatedAt(), r.filter(), r.lines().stream().map(ReportJson::line)
                .toList());
    }

    private static Line line(ReportLine l) {
        Figures f = l.figures();
        return new Line(l.level().name().toLowerCase(Locale.ROOT), l.site(), l.department(), l.service(),
                f.received(), f.handled(), f.handledOnTime(), f.onTimeRate().value(), f.averageWorkingDays().value(),
                f.rated(), f.averageSatisfaction().value(), f.satisfiedRate().value(), f.bad(), f.badRectified(),
                f.rectifiedRate().value(), f.noticesIssued(), f.noticesReplied());
    }
}
