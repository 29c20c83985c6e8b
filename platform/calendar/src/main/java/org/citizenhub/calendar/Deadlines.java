package org.citizenhub.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Objects;

/**
 * Deadline clocks at the current moment of an injected {@link Clock}: what application services use, so that
 * tests move time by moving the clock.
 */
public final class Deadlines {

    private final WorkingTime time;
    private final Clock clock;

    public Deadlines(WorkingTime time, Clock clock) {
        this.time = Objects.requireNonNull(time, "time");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public WorkingTime workingTime() {
        return time;
    }

    public Instant now() {
        return clock.instant();
    }

    public <U extends TimeLimit<U>> DeadlineClock<U> start(DeadlineRule<U> rule, String actor) {
        return DeadlineClock.start(rule, now(), actor, time);
    }

    public <U extends TimeLimit<U>> DeadlineClock<U> start(DeadlineRule<U> rule, Instant receivedAt, String actor) {
        return DeadlineClock.start(rule, receivedAt, actor, time);
    }

    /** A clock started now that is due on {@code dueDay} (e.g. a promised completion date); see {@link DeadlineClock#startUntil}. */
    public <U extends TimeLimit<U>> DeadlineClock<U> startUntil(DeadlineRule<U> rule, LocalDate dueDay,
                                                                String actor) {
        return DeadlineClock.startUntil(rule, now(), dueDay, actor, time);
    }

    public <U extends TimeLimit<U>> DeadlineClock<U> pause(DeadlineClock<U> deadline, String reason, String actor) {
        return deadline.pause(now(), reason, actor, time);
    }

    public <U extends TimeLimit<U>> DeadlineClock<U> resume(DeadlineClock<U> deadline, String actor) {
        return deadline.resume(now(), actor, time);
    }

    /** Extends by {@code amount}, which must be in the clock's unit (anything else does not compile). */
    public <U extends TimeLimit<U>> DeadlineClock<U> extend(DeadlineClock<U> deadline, U amount, String reason,
                                                         String approver) {
        return deadline.extend(amount, reason, approver, now(), time);
    }

    /** Extends a working-day clock by {@code workingDays} (the form from before units; other units refuse it). */
    public <U extends TimeLimit<U>> DeadlineClock<U> extend(DeadlineClock<U> deadline, int workingDays, String reason,
                                                         String approver) {
        return deadline.extend(workingDays, reason, approver, now(), time);
    }

    /** Extends by an amount whose unit is data; refused with {@link UnitMismatchException} in another unit. */
    public <U extends TimeLimit<U>> DeadlineClock<U> extendChecked(DeadlineClock<U> deadline, TimeLimit<?> amount,
                                                                String reason, String approver) {
        return deadline.extendChecked(amount, reason, approver, now(), time);
    }

    public <U extends TimeLimit<U>> DeadlineClock<U> stop(DeadlineClock<U> deadline, String actor) {
        return deadline.stop(now(), actor, time);
    }

    public DeadlineStatus status(DeadlineClock<?> deadline) {
        return deadline.status(now(), time);
    }

    public WorkingDuration remaining(DeadlineClock<?> deadline) {
        return deadline.remaining(now(), time);
    }

    public Instant dueSoonAt(DeadlineClock<?> deadline) {
        return deadline.dueSoonAt(time);
    }
}
