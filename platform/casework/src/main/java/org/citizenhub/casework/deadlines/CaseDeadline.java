package org.citizenhub.casework.deadlines;

import java.util.Objects;
import java.util.regex.Pattern;

import org.citizenhub.calendar.DeadlineClock;

/**
 * One named deadline clock of a case (in any unit: working days, calendar days, working hours) (e.g. a complaint's {@code investigation}) with the announcements already
 * made for it: each clock is announced due soon and overdue once, independently of the case's other clocks.
 *
 * @param name             stable name of the clock within the case: lower-case letters, digits and '-'
 * @param dueSoonAnnounced whether the due-soon announcement was made for the clock as it stands
 * @param overdueAnnounced whether the overdue announcement was made (an overdue case is past due soon as well)
 */
public record CaseDeadline(String name, DeadlineClock<?> clock, boolean dueSoonAnnounced, boolean overdueAnnounced) {

    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public CaseDeadline {
        requireName(name);
        Objects.requireNonNull(clock, "clock");
        dueSoonAnnounced = dueSoonAnnounced || overdueAnnounced;
    }

    /** A clock nothing has been announced for yet. */
    public static CaseDeadline fresh(String name, DeadlineClock<?> clock) {
        return new CaseDeadline(name, clock, false, false);
    }

    public boolean isRunning() {
        return clock.state() == DeadlineClock.State.RUNNING;
    }

    CaseDeadline withClock(DeadlineClock<?> next) {
        return new CaseDeadline(name, next, dueSoonAnnounced, overdueAnnounced);
    }

    CaseDeadline rearmed() {
        return new CaseDeadline(name, clock, false, false);
    }

    CaseDeadline announced(DeadlineAnnounced.Kind kind) {
        return kind == DeadlineAnnounced.Kind.OVERDUE
                ? new CaseDeadline(name, clock, true, true)
                : new CaseDeadline(name, clock, true, overdueAnnounced);
    }

    static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "A deadline name is 1–40 lower-case letters, digits and '-', starting with a letter: " + name);
        }
        return name;
    }
}
