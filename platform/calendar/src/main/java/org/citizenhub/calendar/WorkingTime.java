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

    /**
     * The deadline of a limit in any unit for something received at {@code received}:
     * <ul>
     *   <li>working days: {@link #deadline(Instant, int)};</li>
     *   <li>calendar days: when the office closes on the period's last day, moved off a rest day
     *   ({@link #calendarDaysDeadline(LocalDate)} of {@link #periodLastDay(Instant, int)});</li>
     *   <li>working hours: the moment that much office time has passed since {@code received}.</li>
     * </ul>
     */
    public Instant deadline(Instant received, TimeLimit<?> limit) {
        return switch (limit) {
            case WorkingDays days -> deadline(received, days.amount());
            case CalendarDays days -> calendarDaysDeadline(periodLastDay(received, days.amount()));
            case WorkingHours hours -> plus(received, hours(hours.amount()));
        };
    }

    /**
     * The last day of a period of {@code calendarDays} plain days for something received at {@code received}, as
     * counted before any rest-day rule: the day of receipt (under this policy, see {@link #receivedOn}) is not
     * counted, the period starts the next day (民法典 第二百零一条).
     */
    public LocalDate periodLastDay(Instant received, int calendarDays) {
        if (calendarDays < 0) {
            throw new IllegalArgumentException("calendarDays must not be negative: " + calendarDays);
        }
        return receivedOn(received).plusDays(calendarDays);
    }

    /**
     * When a period of calendar days whose last day is {@code lastDay} ends: if that day is a rest day (a weekend or
     * a public holiday), the first working day after it is the last day instead (民法典 第二百零三条第一款); the
     * period ends when the office closes, as business hours set the end of the last day (第二款).
     */
    public Instant calendarDaysDeadline(LocalDate lastDay) {
        return closing(calendar.workingDayOnOrAfter(lastDay));
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

    /** A working duration of whole office hours under this policy. */
    public WorkingDuration hours(int workingHours) {
        return new WorkingDuration(workingHours * 3600L, daySeconds);
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
