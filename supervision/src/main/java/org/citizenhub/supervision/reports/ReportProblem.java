package org.citizenhub.supervision.reports;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/** The reports' problems; texts in {@value #BUNDLE} (zh-CN and en). */
enum ReportProblem implements ProblemType {
    /** 400: the period is none of 2026-11, 2026-Q4, 2026. */
    INVALID_REPORT_PERIOD(400),
    /** 400: the format is none of json, csv, xlsx, html. */
    UNKNOWN_REPORT_FORMAT(400),
    /** 403: the caller's roles give no report at all ({@link ReportAudience}). */
    REPORTS_NOT_PERMITTED(403),
    /** 403: the department asked for is outside the caller's scope ({@link ReportAudience}). */
    REPORT_DEPARTMENT_NOT_IN_SCOPE(403);

    static final String BUNDLE = "org.citizenhub.supervision.reports.problems";

    private final int status;

    ReportProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
