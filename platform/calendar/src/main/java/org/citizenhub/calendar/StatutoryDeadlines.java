package org.citizenhub.calendar;

/**
 * Time limits set by the rules for government websites and their interaction channels, so that every service
 * counts them alike and each one can be found from the text that requires it.
 */
public final class StatutoryDeadlines {

    /** 网民纠错: netizens' error reports about the website are answered within 3 working days. */
    public static final DeadlineRule ERROR_REPORT_REPLY_WITHIN_3_WORKING_DAYS =
            new DeadlineRule("error-report-reply", 3, 1);

    /**
     * Consultations, suggestions and complaints not answered at once get an initial investigation within 15
     * working days.
     */
    public static final DeadlineRule INITIAL_INVESTIGATION_WITHIN_15_WORKING_DAYS =
            new DeadlineRule("initial-investigation", 15, 3);

    private StatutoryDeadlines() {
    }
}
