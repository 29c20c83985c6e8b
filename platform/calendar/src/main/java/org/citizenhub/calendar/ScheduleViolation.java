package org.citizenhub.calendar;

/**
 * One reason a holiday notice is refused.
 *
 * @param code    stable, machine-readable reason (e.g. {@code holidays-overlap})
 * @param field   where in the notice (e.g. {@code holidays[1].to}); may be empty
 * @param message English explanation naming the dates
 */
public record ScheduleViolation(String code, String field, String message) {
}
