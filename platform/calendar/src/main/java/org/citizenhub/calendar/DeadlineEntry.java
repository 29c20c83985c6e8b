package org.citizenhub.calendar;

import java.time.Instant;

/**
 * One step in a deadline clock's history, kept for supervision: what happened, when, by whom, why, and the
 * deadline after it.
 *
 * @param dueAt            the deadline after this step; null while paused
 * @param remainingSeconds time left, frozen while paused (PAUSED entries, and EXTENDED entries of a paused clock);
 *                         else null. Working seconds for working days and hours, calendar seconds for calendar days.
 * @param granted          the extension (EXTENDED entries), in the rule's unit; else null
 */
public record DeadlineEntry(Kind kind, Instant at, String actor, String reason, Instant dueAt,
                            Long remainingSeconds, TimeLimit<?> granted) {

    public enum Kind { STARTED, PAUSED, RESUMED, EXTENDED, STOPPED }

    /** Working days granted by an EXTENDED entry of a working-day clock; null for other entries and units. */
    public Integer workingDays() {
        return granted instanceof WorkingDays days ? days.amount() : null;
    }
}
