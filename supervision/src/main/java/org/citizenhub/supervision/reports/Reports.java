package org.citizenhub.supervision.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.supervision.SupervisionApplication;
import org.citizenhub.supervision.reports.domain.Figures;
import org.citizenhub.supervision.reports.domain.PerformanceReport;
import org.citizenhub.supervision.reports.domain.ReportLine;
import org.citizenhub.supervision.reports.domain.ReportPeriod;
import org.citizenhub.supervision.reports.domain.Tally;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use case of reports: a period's figures for what the caller may see, narrowed by site, department, service. */
@Service
public class Reports {

    private static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, new Tally.NoticeTally(0, 0));

    private final ReportQuery query;
    private final HubSites sites;
    private final Clock clock;

    Reports(ReportQuery query, HubSites sites, Clock clock) {
        this.query = query;
        this.sites = sites;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PerformanceReport report(CurrentUser user, String periodText, String site, String department,
                                    String service) {
        ReportPeriod period = ReportPeriod.parse(periodText)
                .orElseThrow(() -> new HubProblem(ReportProblem.INVALID_REPORT_PERIOD, periodText));
        DepartmentScope scope = ReportAudience.scopeOf(user, sites);
        if (scope.isEmpty()) {
            throw new HubProblem(ReportProblem.REPORTS_NOT_PERMITTED);
        }
        String dept = blankToNull(department);
        String siteCode = blankToNull(site);
        String svc = blankToNull(service);
        if (dept != null && !scope.canSee(dept)) {
            throw new HubProblem(ReportProblem.REPORT_DEPARTMENT_NOT_IN_SCOPE, dept);
        }
        Set<String> departments = dept != null ? ReportAudience.narrowed(scope,
                DepartmentScope.ofDepartments(Set.of(dept))) : ReportAudience.narrowed(scope, DepartmentScope.all());
        if (siteCode != null) {
            departments = ReportAudience.narrowed(departments == null ? DepartmentScope.all()
                    : DepartmentScope.ofDepartments(departments), DepartmentScope.ofSite(siteCode, sites));
        }
        Instant from = period.from().atStartOfDay(SupervisionApplication.ZONE).toInstant();
        Instant until = period.until().atStartOfDay(SupervisionApplication.ZONE).toInstant();
        Map<ReportQuery.LineKey, Tally> tallies = departments != null && departments.isEmpty() ? Map.of()
                : query.tallies(from, until, departments, svc);

        List<ReportLine> lines = new ArrayList<>();
        var hubKey = new ReportQuery.LineKey(ReportLine.Level.HUB, null, null, null);
        var keys = new java.util.LinkedHashSet<>(tallies.keySet());
        keys.add(hubKey);
        for (var key : keys) {
            Tally t = tallies.getOrDefault(key, ZERO);
            lines.add(new ReportLine(key.level(), key.site(), key.department(), key.service(), Figures.of(t)));
        }
        lines.sort(ORDER);
        return new PerformanceReport(period, clock.instant(), new PerformanceReport.Filter(siteCode, dept, svc),
                lines);
    }

    /** Per site: its total, then each department's total followed by its services; the hub's total last. */
    private static final Comparator<ReportLine> ORDER = Comparator
            .comparing((ReportLine l) -> l.level() == ReportLine.Level.HUB)
            .thenComparing(ReportLine::site, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.level() != ReportLine.Level.SITE)
            .thenComparing(ReportLine::department, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(l -> l.level() == ReportLine.Level.SERVICE)
            .thenComparing(ReportLine::service, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
