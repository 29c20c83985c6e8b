package org.citizenhub.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Working-time arithmetic on moments: a {@link WorkingCalendar} read under a {@link CountingPolicy}.
 *
 * <p>Each moment maps to its position on a line of working seconds (office hours of working days laid end to
 * end). Remaining time, pauses and extensions are differences and sums on that line, in constant time.
 */
public final class WorkingTime {

    private final WorkingCalendar calendar;
    private final CountingPolicy policy;
    private final long daySeconds;

    public WorkingTime(WorkingCalendar calendar, CountingPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.daySeconds = policy.workingDaySeconds();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public CountingPolicy policy() {
        return policy;
    }

    /**
     * The day something received at {@code moment} counts as received: that day if it is a working day and the
     * office has not closed yet, else the next working day.
     */
    public LocalDate receivedOn(Instant moment) {
        ZonedDateTime local = moment.atZone(policy.zone());
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day) && local.toLocalTime().isBefore(policy.officeCloses())) {
            return day;
        }
        return calendar.nextWorkingDay(day);
    }

    /**
     * The deadline for something received at {@code moment} that must be done within {@code workingDays}: when
     * the office closes on the {@code workingDays}-th working day after the day of receipt.
     */
    public Instant deadline(Instant received, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        return closing(calendar.nthWorkingDayAfter(receivedOn(received), workingDays));
    }

    /** When the office closes on {@code day}. */
    public Instant closing(LocalDate day) {
        return day.atTime(policy.officeCloses()).atZone(policy.zone()).toInstant();
    }

    /**
     * Working days from the day of receipt of {@code received} to the day of {@code done}, the receipt day not
     * counted: what "answered within N working days" compares with N.
     */
    public int workingDaysTaken(Instant received, Instant done) {
        LocalDate doneOn = done.atZone(policy.zone()).toLocalDate();
        return Math.max(0, calendar.workingDaysBetween(receivedOn(received), doneOn));
    }

    /** Working time from {@code from} to {@code to}; negative if {@code to} is earlier. */
    public WorkingDuration between(Instant from, Instant to) {
        return new WorkingDuration(position(to) - position(from), daySeconds);
    }

    /**
     * The earliest moment at which {@code amount} of working time has passed since {@code from}. A whole number
     * of working days from a closing time ends at a closing time.
     */
    public Instant plus(Instant from, WorkingDuration amount) {
        return moment(position(from) + amount.seconds());
    }

    /** A working duration of whole days under this policy. */
    public WorkingDuration days(int workingDays) {
        return WorkingDuration.ofWorkingDays(workingDays, policy);
    }

    /** Working seconds before {@code moment}, from the first loaded day. */
    long position(Instant moment) {
        ZonedDateTime local = moment.atZone(policy.zone());
        LocalDate day = local.toLocalDate();
        long before = (long) calendar.workingDaysBefore(day) * daySeconds;
        if (!calendar.isWorkingDay(day)) {
            return before;
        }
        LocalTime time = local.toLocalTime();
        long intoDay = time.toSecondOfDay() - policy.officeOpens().toSecondOfDay();
        return before + Math.max(0, Math.min(daySeconds, intoDay));
    }

    /** The earliest moment at the given position (a whole-day position is the previous working day's closing). */
    Instant moment(long position) {
        long ordinal = Math.floorDiv(position, daySeconds);
        long intoDay = Math.floorMod(position, daySeconds);
        if (intoDay == 0 && ordinal > 0) {
            return closing(calendar.workingDay(Math.toIntExact(ordinal - 1)));
        }
        LocalDate day = calendar.workingDay(Math.toIntExact(ordinal));
        return day.atTime(policy.officeOpens()).plusSeconds(intoDay).atZone(policy.zone()).toInstant();
    }
}
