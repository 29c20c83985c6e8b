package org.citizenhub.calendar;

import java.time.Instant;

/**
 * One step in a deadline clock's history, kept for supervision: what happened, when, by whom, why, and the
 * deadline after it.
 *
 * @param dueAt            the deadline after this step; null while paused
 * @param remainingSeconds working time left, frozen while paused (PAUSED entries); else null
 * @param workingDays      days granted (EXTENDED entries); else null
 */
public record DeadlineEntry(Kind kind, Instant at, String actor, String reason, Instant dueAt,
                            Long remainingSeconds, Integer workingDays) {

    public enum Kind { STARTED, PAUSED, RESUMED, EXTENDED, STOPPED }
}
