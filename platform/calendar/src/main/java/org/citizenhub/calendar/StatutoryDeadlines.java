package org.citizenhub.calendar;

/**
 * Time limits set by the rules for government websites and their interaction channels, so that every service
 * counts them alike and each one can be found from the text that requires it.
 */
public final class StatutoryDeadlines {

    /** 网民纠错: netizens' error reports about the website are answered within 3 working days. */
    public static final DeadlineRule<WorkingDays> ERROR_REPORT_REPLY_WITHIN_3_WORKING_DAYS =
            DeadlineRule.of("error-report-reply", WorkingDays.of(3), WorkingDays.of(1));

    /**
     * Consultations, suggestions and complaints not answered at once get an initial investigation within 15
     * working days.
     */
    public static final DeadlineRule<WorkingDays> INITIAL_INVESTIGATION_WITHIN_15_WORKING_DAYS =
            DeadlineRule.of("initial-investigation", WorkingDays.of(15), WorkingDays.of(3));

    /**
     * 信访工作条例 (2022) 第二十二条: a petition office registers what it receives and deals with it within 15 日,
     * counted in plain days.
     */
    public static final DeadlineRule<CalendarDays> PETITION_REGISTRATION_WITHIN_15_DAYS =
            DeadlineRule.of("petition-registration", CalendarDays.of(15), CalendarDays.of(3));

    /**
     * 信访工作条例 (2022) 第三十二条: a petition is concluded within 60 日 of acceptance; a complicated one may be
     * extended with the head of the office's approval, by no more than 30 日 ({@link #PETITION_LONGEST_EXTENSION}).
     */
    public static final DeadlineRule<CalendarDays> PETITION_HANDLING_WITHIN_60_DAYS =
            DeadlineRule.of("petition-handling", CalendarDays.of(60), CalendarDays.of(10));

    /** 信访工作条例 (2022) 第三十二条: the extension of {@link #PETITION_HANDLING_WITHIN_60_DAYS} is at most 30 日. */
    public static final CalendarDays PETITION_LONGEST_EXTENSION = CalendarDays.of(30);

    private StatutoryDeadlines() {
    }
}
