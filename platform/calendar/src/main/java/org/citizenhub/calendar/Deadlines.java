package org.citizenhub.calendar;

import java.time.Clock;
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

    public DeadlineClock start(DeadlineRule rule, String actor) {
        return DeadlineClock.start(rule, now(), actor, time);
    }

    public DeadlineClock start(DeadlineRule rule, Instant receivedAt, String actor) {
        return DeadlineClock.start(rule, receivedAt, actor, time);
    }

    public DeadlineClock pause(DeadlineClock deadline, String reason, String actor) {
        return deadline.pause(now(), reason, actor, time);
    }

    public DeadlineClock resume(DeadlineClock deadline, String actor) {
        return deadline.resume(now(), actor, time);
    }

    public DeadlineClock extend(DeadlineClock deadline, int workingDays, String reason, String approver) {
        return deadline.extend(workingDays, reason, approver, now(), time);
    }

    public DeadlineClock stop(DeadlineClock deadline, String actor) {
        return deadline.stop(now(), actor, time);
    }

    public DeadlineStatus status(DeadlineClock deadline) {
        return deadline.status(now(), time);
    }

    public WorkingDuration remaining(DeadlineClock deadline) {
        return deadline.remaining(now(), time);
    }
}
