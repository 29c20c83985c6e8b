package org.citizenhub.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.citizenhub.calendar.DeadlineEntry.Kind;

/**
 * The deadline of one tracked item (a letter, an application...): started by a {@link DeadlineRule} when the
 * item is received, paused while waiting on the citizen and resumed with the remaining time preserved, extended
 * with approval, stopped when the item is finished. An immutable value: every step returns a new clock with the
 * step appended to its {@link #history()}.
 *
 * <p>The type parameter is the rule's unit ({@link WorkingDays}, {@link CalendarDays}, {@link WorkingHours}):
 * {@link #extend(TimeLimit, String, String, Instant, WorkingTime)} takes only that unit, so a calendar-day clock
 * cannot be extended by working days; that is a compile error, not a run-time one. How each unit counts:
 * <ul>
 *   <li><b>working days</b> and <b>working hours</b> run on working time (office hours of working days): a pause
 *   freezes the working seconds left, an extension adds working time after the current deadline;</li>
 *   <li><b>calendar days</b> run on plain days under 民法典 第二百零一条 and 第二百零三条: the period's last day
 *   ({@link #lastDay()}) is counted from the day of receipt, and a last day that is a rest day moves to the next
 *   working day. A pause freezes the whole days left to the last day; an extension moves the last day.</li>
 * </ul>
 *
 * <p>Persist it as JSON ({@link DeadlineClockJson}) beside the item, with {@link #dueAt()} and {@link #state()} in
 * their own columns for queries; see the module README for the table layout.
 *
 * @param dueAt            the deadline; while paused, the deadline as it stood when the clock was paused
 * @param remainingSeconds time left, frozen while paused and when stopped; null while running. Working seconds for
 *                         working days and hours; for calendar days, whole days left (as seconds of 24 hours) when
 *                         paused in time, or the seconds by which the deadline had passed (negative)
 * @param stoppedAt        when the item was finished; null until then
 * @param metOnTime        whether it was finished by the deadline; null until stopped
 * @param lastDay          calendar days only (else null): the period's last day as counted, before a rest day moves
 *                         it; while paused, as it stood at the pause plus any extension granted since
 */
public record DeadlineClock<U extends TimeLimit<U>>(DeadlineRule<U> rule, State state, Instant receivedAt, Instant dueAt,
                                                 Long remainingSeconds, Instant stoppedAt, Boolean metOnTime,
                                                 DeadlineHistory history, LocalDate lastDay) {

    /** The longest extension in working days (see {@link LimitUnit#longestExtension()} for the other units). */
    public static final int LONGEST_EXTENSION = 60;

    /**
     * The longest pause reason and extension reason, in characters: as long as the longest text a service accepts
     * for a question to the citizen or a request for more time, so that nothing a service took fails here.
     */
    public static final int MAX_TEXT = 1_000;

    private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

    public enum State { RUNNING, PAUSED, STOPPED }

    public DeadlineClock {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        history = DeadlineHistory.of(history);
        if ((rule.unit() == LimitUnit.CALENDAR_DAYS) != (lastDay != null)) {
            throw new IllegalArgumentException("A clock has a last day if and only if it counts calendar days");
        }
    }

    public DeadlineClock(DeadlineRule<U> rule, State state, Instant receivedAt, Instant dueAt, Long remainingSeconds,
                         Instant stoppedAt, Boolean metOnTime, List<DeadlineEntry> history, LocalDate lastDay) {
        this(rule, state, receivedAt, dueAt, remainingSeconds, stoppedAt, metOnTime, DeadlineHistory.of(history),
                lastDay);
    }

    /** A working-day or working-hour clock as it was built before units (no last day). */
    public DeadlineClock(DeadlineRule<U> rule, State state, Instant receivedAt, Instant dueAt, Long remainingSeconds,
                         Instant stoppedAt, Boolean metOnTime, List<DeadlineEntry> history) {
        this(rule, state, receivedAt, dueAt, remainingSeconds, stoppedAt, metOnTime, DeadlineHistory.of(history),
                null);
    }

    /** A clock for something received at {@code receivedAt}, due by the rule. */
    public static <U extends TimeLimit<U>> DeadlineClock<U> start(DeadlineRule<U> rule, Instant receivedAt, String actor,
                                                               WorkingTime time) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        LocalDate lastDay = null;
        Instant due;
        if (rule.limit() instanceof CalendarDays days) {
            lastDay = time.periodLastDay(receivedAt, days.amount());
            due = time.calendarDaysDeadline(lastDay);
        } else {
            due = time.deadline(receivedAt, rule.limit());
        }
        var started = new DeadlineEntry(Kind.STARTED, receivedAt, actor, rule.code(), due, null, null);
        return new DeadlineClock<>(rule, State.RUNNING, receivedAt, due, null, null, null,
                DeadlineHistory.of(List.of(started)), lastDay);
    }

    /**
     * A clock for something received at {@code receivedAt} that is due on a day someone set rather than by the rule's
     * limit, such as a promised completion date (承诺办结日期): due when the office closes on {@code dueDay}, or on
     * the first working day after it if it is a rest day. The rule gives the code, the unit of pauses and extensions,
     * and the warning threshold.
     */
    public static <U extends TimeLimit<U>> DeadlineClock<U> startUntil(DeadlineRule<U> rule, Instant receivedAt,
                                                                    LocalDate dueDay, String actor, WorkingTime time) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueDay, "dueDay");
        Instant due = time.calendarDaysDeadline(dueDay);
        if (!due.isAfter(receivedAt)) {
            throw new IllegalArgumentException("A clock started at " + receivedAt + " cannot be due on " + dueDay
                    + ", which has ended by then");
        }
        var started = new DeadlineEntry(Kind.STARTED, receivedAt, actor, rule.code(), due, null, null);
        return new DeadlineClock<>(rule, State.RUNNING, receivedAt, due, null, null, null,
                DeadlineHistory.of(List.of(started)), rule.unit() == LimitUnit.CALENDAR_DAYS ? dueDay : null);
    }

    /** The unit the clock counts in. */
    public LimitUnit unit() {
        return rule.unit();
    }

    /** Stops the count while waiting on the citizen; the time left is kept. */
    public DeadlineClock<U> pause(Instant at, String reason, String actor, WorkingTime time) {
        requireState(State.RUNNING, "paused");
        requireText(reason, "reason");
        requireNotBeforeLastStep(at);
        long left = calendar() ? calendarLeft(at, lastDay, dueAt, time) : time.between(at, dueAt).seconds();
        return next(State.PAUSED, dueAt, left, lastDay,
                new DeadlineEntry(Kind.PAUSED, at, actor, reason, null, left, null));
    }

    /** Restarts the count; the deadline is the moment the time left at the pause has passed again. */
    public DeadlineClock<U> resume(Instant at, String actor, WorkingTime time) {
        requireState(State.PAUSED, "resumed");
        requireNotBeforeLastStep(at);
        Instant due;
        LocalDate last = null;
        if (!calendar()) {
            due = time.plus(at, onLine(remainingSeconds, time));
        } else if (remainingSeconds >= 0) {
            // the whole days left count again after the day of the resume, which is not counted (第二百零一条)
            last = at.atZone(time.policy().zone()).toLocalDate().plusDays(remainingSeconds / DAY_SECONDS);
            due = time.calendarDaysDeadline(last);
        } else {
            due = at.plusSeconds(remainingSeconds); // overdue when paused: still overdue by as much
            last = due.atZone(time.policy().zone()).toLocalDate();
        }
        return next(State.RUNNING, due, null, last,
                new DeadlineEntry(Kind.RESUMED, at, actor, null, due, null, null));
    }

    /**
     * Grants {@code amount} more, in the rule's unit, with the reason and the approver on record: after the current
     * deadline while running, added to the time left while paused. For calendar days the period's last day moves
     * by {@code amount} (the extended period is one period from receipt, so 60 日 + 30 日 ends 90 days after it).
     */
    public DeadlineClock<U> extend(U amount, String reason, String approver, Instant at, WorkingTime time) {
        if (state == State.STOPPED) {
            throw new DeadlineStateException(state, "extended");
        }
        U granted = rule.requireUnit(amount, "The extension");
        int longest = unit().longestExtension();
        if (granted.amount() < 1 || granted.amount() > longest) {
            throw new IllegalArgumentException("An extension is 1–" + longest + " " + unit().label() + ", not "
                    + granted.amount());
        }
        requireText(reason, "reason");
        requireText(approver, "approver");
        requireNotBeforeLastStep(at);
        if (calendar()) {
            LocalDate last = lastDay.plusDays(granted.amount());
            if (state == State.PAUSED) {
                long left = calendarLeft(pausedAt(), last, time.calendarDaysDeadline(last), time);
                return next(State.PAUSED, dueAt, left, last,
                        new DeadlineEntry(Kind.EXTENDED, at, approver, reason, null, left, granted));
            }
            Instant due = time.calendarDaysDeadline(last);
            return next(State.RUNNING, due, null, last,
                    new DeadlineEntry(Kind.EXTENDED, at, approver, reason, due, null, granted));
        }
        WorkingDuration more = onLine(granted, time);
        if (state == State.PAUSED) {
            long left = remainingSeconds + more.seconds();
            return next(State.PAUSED, dueAt, left, null,
                    new DeadlineEntry(Kind.EXTENDED, at, approver, reason, null, left, granted));
        }
        Instant due = time.plus(dueAt, more);
        return next(State.RUNNING, due, null, null,
                new DeadlineEntry(Kind.EXTENDED, at, approver, reason, due, null, granted));
    }

    /** Grants {@code workingDays} more to a working-day clock (the form from before units); other units refuse it. */
    public DeadlineClock<U> extend(int workingDays, String reason, String approver, Instant at, WorkingTime time) {
        if (state == State.STOPPED) {
            throw new DeadlineStateException(state, "extended");
        }
        if (unit() != LimitUnit.WORKING_DAYS) {
            throw new UnitMismatchException(unit(), LimitUnit.WORKING_DAYS, "The extension");
        }
        if (workingDays < 1 || workingDays > LONGEST_EXTENSION) {
            throw new IllegalArgumentException("An extension is 1–" + LONGEST_EXTENSION + " working days, not "
                    + workingDays);
        }
        return extend(rule.limitOf(workingDays), reason, approver, at, time);
    }

    /**
     * {@link #extend(TimeLimit, String, String, Instant, WorkingTime)} for an amount whose unit is only known at run
     * time (e.g. a clock read as {@code DeadlineClock<?>}): refused with {@link UnitMismatchException} unless it is
     * in the rule's unit.
     */
    public DeadlineClock<U> extendChecked(TimeLimit<?> amount, String reason, String approver, Instant at,
                                          WorkingTime time) {
        if (state == State.STOPPED) {
            throw new DeadlineStateException(state, "extended");
        }
        return extend(rule.requireUnit(amount, "The extension"), reason, approver, at, time);
    }

    /** The item is finished: the clock records whether that was in time and the time that was left. */
    public DeadlineClock<U> stop(Instant at, String actor, WorkingTime time) {
        if (state == State.STOPPED) {
            throw new DeadlineStateException(state, "stopped");
        }
        requireNotBeforeLastStep(at);
        long left = state == State.PAUSED ? remainingSeconds
                : calendar() ? Duration.between(at, dueAt).toSeconds() : time.between(at, dueAt).seconds();
        boolean onTime = state == State.PAUSED ? remainingSeconds >= 0 : !at.isAfter(dueAt);
        return new DeadlineClock<>(rule, State.STOPPED, receivedAt, dueAt, left, at, onTime,
                append(new DeadlineEntry(Kind.STOPPED, at, actor, null, dueAt, left, null)), lastDay);
    }

    public DeadlineStatus status(Instant now, WorkingTime time) {
        return switch (state) {
            case STOPPED -> metOnTime ? DeadlineStatus.MET : DeadlineStatus.MISSED;
            case RUNNING -> now.isAfter(dueAt) ? DeadlineStatus.OVERDUE
                    : calendar() ? (now.isBefore(dueSoonAt(time)) ? DeadlineStatus.ON_TRACK : DeadlineStatus.DUE_SOON)
                    : warnOrTrack(time.between(now, dueAt).seconds(), time);
            case PAUSED -> remainingSeconds < 0 ? DeadlineStatus.OVERDUE : warnOrTrack(remainingSeconds, time);
        };
    }

    /**
     * Time left at {@code now}: frozen while paused and once stopped, negative once overdue. Working time for
     * working days and hours (a day is the office hours); calendar time for calendar days (a day is 24 hours).
     */
    public WorkingDuration remaining(Instant now, WorkingTime time) {
        if (state == State.RUNNING) {
            return calendar() ? new WorkingDuration(Duration.between(now, dueAt).toSeconds(), DAY_SECONDS)
                    : time.between(now, dueAt);
        }
        return onLine(remainingSeconds, time);
    }

    /**
     * The moment a running clock turns {@link DeadlineStatus#DUE_SOON}: a scheduler looks for clocks whose moment
     * has come. Equal to {@link #dueAt()} when the rule has no warning threshold. For calendar days, the same time
     * of day the threshold's number of days before the deadline.
     */
    public Instant dueSoonAt(WorkingTime time) {
        if (calendar()) {
            return dueAt.atZone(time.policy().zone()).minusDays(rule.dueSoon().amount()).toInstant();
        }
        WorkingDuration threshold = onLine(rule.dueSoon(), time);
        return time.plus(dueAt, new WorkingDuration(-threshold.seconds(), threshold.secondsPerWorkingDay()));
    }

    /** Everything granted by extensions so far, in the rule's unit. */
    public U extended() {
        return rule.limitOf(history.stream().filter(e -> e.kind() == Kind.EXTENDED)
                .mapToInt(e -> e.granted().amount()).sum());
    }

    /** Working days granted by extensions so far (working-day clocks; other units refuse it, see {@link #extended}). */
    public int extendedWorkingDays() {
        if (unit() != LimitUnit.WORKING_DAYS) {
            throw new UnitMismatchException(unit(), LimitUnit.WORKING_DAYS, "extendedWorkingDays");
        }
        return extended().amount();
    }

    private boolean calendar() {
        return unit() == LimitUnit.CALENDAR_DAYS;
    }

    /**
     * What a calendar-day clock paused at {@code at} keeps: the whole days from that day to the last day, none if the
     * last day has passed but the moved deadline has not; or, past the deadline, minus the time it has passed by.
     */
    private static long calendarLeft(Instant at, LocalDate last, Instant due, WorkingTime time) {
        if (at.isAfter(due)) {
            return -Duration.between(due, at).toSeconds();
        }
        LocalDate day = at.atZone(time.policy().zone()).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(day, last)) * DAY_SECONDS;
    }

    private Instant pausedAt() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind() == Kind.PAUSED) {
                return history.get(i).at();
            }
        }
        throw new IllegalStateException("A paused clock without a pause in its history");
    }

    /** An amount of the rule's unit as time on the clock's line. */
    private WorkingDuration onLine(TimeLimit<?> amount, WorkingTime time) {
        return switch (amount) {
            case WorkingDays days -> time.days(days.amount());
            case WorkingHours hours -> time.hours(hours.amount());
            case CalendarDays days -> new WorkingDuration(days.amount() * DAY_SECONDS, DAY_SECONDS);
        };
    }

    private WorkingDuration onLine(long seconds, WorkingTime time) {
        return new WorkingDuration(seconds, calendar() ? DAY_SECONDS : time.days(1).seconds());
    }

    private DeadlineStatus warnOrTrack(long left, WorkingTime time) {
        return left <= onLine(rule.dueSoon(), time).seconds() ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
    }

    private DeadlineClock<U> next(State state, Instant due, Long left, LocalDate last, DeadlineEntry entry) {
        return new DeadlineClock<>(rule, state, receivedAt, due, left, null, null, append(entry), last);
    }

    private DeadlineHistory append(DeadlineEntry entry) {
        return history.with(entry);
    }

    private void requireState(State required, String step) {
        if (state != required) {
            throw new DeadlineStateException(state, step);
        }
    }

    private void requireNotBeforeLastStep(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!history.isEmpty() && at.isBefore(history.getLast().at())) {
            throw new IllegalArgumentException("A step at " + at + " cannot come before the previous one at "
                    + history.getLast().at());
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The " + what + " is longer than " + MAX_TEXT + " characters");
        }
    }
}
