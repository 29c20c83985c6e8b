package org.citizenhub.calendar;

import java.time.Duration;

/**
 * An amount of time left on a deadline clock, signed: negative means overdue by that much. Shown as whole days plus
 * hours and minutes of a day. For working days and working hours it is working time (office hours of working days;
 * a day is the office hours); for a calendar-day clock it is plain time and a day is 24 hours
 * ({@code secondsPerWorkingDay} = 86,400).
 */
public record WorkingDuration(long seconds, long secondsPerWorkingDay) {

    public WorkingDuration {
        if (secondsPerWorkingDay <= 0) {
            throw new IllegalArgumentException("A working day must last some time");
        }
    }

    public static WorkingDuration ofWorkingDays(int days, CountingPolicy policy) {
        return new WorkingDuration(days * policy.workingDaySeconds(), policy.workingDaySeconds());
    }

    public boolean isNegative() {
        return seconds < 0;
    }

    /** Whole working days of the absolute amount. */
    public long days() {
        return Math.abs(seconds) / secondsPerWorkingDay;
    }

    /** Whole hours of the absolute amount after {@link #days()}. */
    public long hours() {
        return Math.abs(seconds) % secondsPerWorkingDay / 3600;
    }

    /** Whole minutes after {@link #days()} and {@link #hours()}. */
    public long minutes() {
        return Math.abs(seconds) % secondsPerWorkingDay % 3600 / 60;
    }

    public Duration officeTime() {
        return Duration.ofSeconds(seconds);
    }

    public WorkingDuration plus(WorkingDuration other) {
        return new WorkingDuration(seconds + other.seconds, secondsPerWorkingDay);
    }

    public int compareTo(WorkingDuration other) {
        return Long.compare(seconds, other.seconds);
    }

    @Override
    public String toString() {
        return (isNegative() ? "-" : "") + days() + "d" + hours() + "h" + minutes() + "m";
    }
}
