package org.citizenhub.calendar;

/** What a date is under the loaded notices. */
public enum DayKind {
    /** Monday to Friday, no holiday. */
    WORKDAY(true),
    /** Saturday or Sunday, not worked. */
    WEEKEND(false),
    /** A day off of a public holiday (法定节假日 and the days moved next to it, 调休). */
    HOLIDAY(false),
    /** A Saturday or Sunday worked in exchange for a day off (调休上班). */
    MAKE_UP_WORKDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }
}
