package org.citizenhub.calendar;

/**
 * A date falls in a year whose holiday notice has not been loaded. Counting it as "weekends only" would give
 * wrong deadlines around holidays, so the calendar refuses instead; an administrator loads the year's notice.
 */
public class YearNotLoadedException extends RuntimeException {

    private final int year;

    public YearNotLoadedException(int year, String loadedYears) {
        super("The working-day calendar has no holiday notice for " + year + " (loaded: " + loadedYears
                + "); load the State Council notice for " + year + " before counting dates in it");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
