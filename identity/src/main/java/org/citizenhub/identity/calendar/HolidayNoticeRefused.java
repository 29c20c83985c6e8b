package org.citizenhub.identity.calendar;

import java.util.List;

import org.citizenhub.calendar.ScheduleViolation;

/** An uploaded notice was not loaded (unreadable, for another year, unsound, or contradicting the calendar). */
public class HolidayNoticeRefused extends RuntimeException {

    private final int year;
    private final List<ScheduleViolation> violations;

    public HolidayNoticeRefused(int year, List<ScheduleViolation> violations) {
        super("Holiday notice for " + year + " refused: " + violations);
        this.year = year;
        this.violations = List.copyOf(violations);
    }

    public int year() {
        return year;
    }

    public List<ScheduleViolation> violations() {
        return violations;
    }
}
