package org.citizenhub.supervision.overdue;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/** The overdue view's problems; texts in {@value #BUNDLE} (zh-CN and en). */
public enum OverdueProblem implements ProblemType {
    /** 400: a cursor from another list (other filters or sort) or a damaged one. */
    INVALID_OVERDUE_CURSOR(400),
    /** 400: an unknown card, sort or a filter out of range; the detail names it. */
    INVALID_OVERDUE_FILTER(400);

    static final String BUNDLE = "org.citizenhub.supervision.overdue.problems";

    private final int status;

    OverdueProblem(int status) {
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
