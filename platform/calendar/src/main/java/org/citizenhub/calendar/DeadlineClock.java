package org.citizenhub.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.citizenhub.calendar.DeadlineEntry.Kind;

/**
 * The deadline of one tracked item (a letter, an application...): started by a {@link DeadlineRule} when the
 * item is received, paused while waiting on the citizen and resumed with the remaining working time preserved,
 * extended by approved working days, stopped when the item is finished. An immutable value: every step returns
 * a new clock with the step appended to its {@link #history()}.
 *
 * <p>Persist it as JSON ({@link DeadlineClockJson}) beside the item, with {@link #dueAt()} and {@link #state()} in
 * their own columns for queries; see the module README for the table layout.
 *
 * @param dueAt            the deadline; while paused, the deadline as it stood when the clock was paused
 * @param remainingSeconds working time left, frozen while paused and when stopped; null while running
 * @param stoppedAt        when the item was finished; null until then
 * @param metOnTime        whether it was finished by the deadline; null until stopped
 */
public record DeadlineClock(DeadlineRule rule, State state, Instant receivedAt, Instant dueAt,
                            Long remainingSeconds, Instant stoppedAt, Boolean metOnTime,
                            List<DeadlineEntry> history) {

    public static final int LONGEST_EXTENSION = 60;
    public static final int MAX_TEXT = 500;

    public enum State { RUNNING, PAUSED, STOPPED }

    public DeadlineClock {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A clock for something received at {@code receivedAt}, due by the rule. */
    public static DeadlineClock start(DeadlineRule rule, Instant receivedAt, String actor, WorkingTime time) {
        Instant due = time.deadline(receivedAt, rule.workingDays());
        var started = new DeadlineEntry(Kind.STARTED, receivedAt, actor, rule.code(), due, null, null);
        return new DeadlineClock(rule, State.RUNNING, receivedAt, due, null, null, null, List.of(started));
    }

    /** Stops the count while waiting on the citizen; the working time left is kept. */
    public DeadlineClock pause(Instant at, String reason, String actor, WorkingTime time) {
        requireState(State.RUNNING, "paused");
        requireText(reason, "reason");
        requireNotBeforeLastStep(at);
        long left = time.between(at, dueAt).seconds();
        return next(State.PAUSED, dueAt, left, null, null,
                new DeadlineEntry(Kind.PAUSED, at, actor, reason, null, left, null));
    }

    /** Restarts the count; the deadline is the moment the working time left at the pause has passed again. */
    public DeadlineClock resume(Instant at, String actor, WorkingTime time) {
        requireState(State.PAUSED, "resumed");
        requireNotBeforeLastStep(at);
        Instant due = time.plus(at, new WorkingDuration(remainingSeconds, time.days(1).seconds()));
        return next(State.RUNNING, due, null, null, null,
                new DeadlineEntry(Kind.RESUMED, at, actor, null, due, null, null));
    }

    /** Grants {@code workingDays} more, with the reason and the approver on record. */
    public DeadlineClock extend(int workingDays, String reason, String approver, Instant at, WorkingTime time) {
        if (state == State.STOPPED) {
            throw new DeadlineStateException(state, "extended");
        }
        if (workingDays < 1 || workingDays > LONGEST_EXTENSION) {
            throw new IllegalArgumentException("An extension is 1–" + LONGEST_EXTENSION + " working days, not "
                    + workingDays);
        }
        requireText(reason, "reason");
        requireText(approver, "approver");
        requireNotBeforeLastStep(at);
        WorkingDuration more = time.days(workingDays);
        if (state == State.PAUSED) {
            long left = remainingSeconds + more.seconds();
            return next(State.PAUSED, dueAt, left, null, null,
                    new DeadlineEntry(Kind.EXTENDED, at, approver, reason, null, left, workingDays));
        }
        Instant due = time.plus(dueAt, more);
        return next(State.RUNNING, due, null, null, null,
                new DeadlineEntry(Kind.EXTENDED, at, approver, reason, due, null, workingDays));
    }

    /** The item is finished: the clock records whether that was in time and the working time that was left. */
    public DeadlineClock stop(Instant at, String actor, WorkingTime time) {
        if (state == State.STOPPED) {
            throw new DeadlineStateException(state, "stopped");
        }
        requireNotBeforeLastStep(at);
        long left = state == State.PAUSED ? remainingSeconds : time.between(at, dueAt).seconds();
        boolean onTime = state == State.PAUSED ? remainingSeconds >= 0 : !at.isAfter(dueAt);
        return new DeadlineClock(rule, State.STOPPED, receivedAt, dueAt, left, at, onTime,
                append(new DeadlineEntry(Kind.STOPPED, at, actor, null, dueAt, left, null)));
    }

    public DeadlineStatus status(Instant now, WorkingTime time) {
        return switch (state) {
            case STOPPED -> metOnTime ? DeadlineStatus.MET : DeadlineStatus.MISSED;
            case RUNNING -> now.isAfter(dueAt) ? DeadlineStatus.OVERDUE : warnOrTrack(time.between(now, dueAt), time);
            case PAUSED -> remainingSeconds < 0 ? DeadlineStatus.OVERDUE
                    : warnOrTrack(new WorkingDuration(remainingSeconds, time.days(1).seconds()), time);
        };
    }

    /** Working time left at {@code now}: frozen while paused and once stopped, negative once overdue. */
    public WorkingDuration remaining(Instant now, WorkingTime time) {
        return state == State.RUNNING ? time.between(now, dueAt)
                : new WorkingDuration(remainingSeconds, time.days(1).seconds());
    }

    /**
     * The moment a running clock turns {@link DeadlineStatus#DUE_SOON}: a scheduler looks for clocks whose moment
     * has come. Equal to {@link #dueAt()} when the rule has no warning threshold.
     */
    public Instant dueSoonAt(WorkingTime time) {
        long perDay = time.days(1).seconds();
        return time.plus(dueAt, new WorkingDuration(-rule.dueSoonWorkingDays() * perDay, perDay));
    }

    /** Working days granted by extensions so far. */
    public int extendedWorkingDays() {
        return history.stream().filter(e -> e.kind() == Kind.EXTENDED).mapToInt(DeadlineEntry::workingDays).sum();
    }

    private DeadlineStatus warnOrTrack(WorkingDuration left, WorkingTime time) {
        return left.seconds() <= time.days(rule.dueSoonWorkingDays()).seconds()
                ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
    }

    private DeadlineClock next(State state, Instant due, Long left, Instant stopped, Boolean onTime,
                               DeadlineEntry entry) {
        return new DeadlineClock(rule, state, receivedAt, due, left, stopped, onTime, append(entry));
    }

    private List<DeadlineEntry> append(DeadlineEntry entry) {
        var steps = new ArrayList<>(history);
        steps.add(entry);
        return steps;
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
