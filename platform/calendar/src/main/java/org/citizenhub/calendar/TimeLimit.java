package org.citizenhub.calendar;

/**
 * An amount of time in one unit: {@link WorkingDays}, {@link CalendarDays} or {@link WorkingHours}.
 *
 * <p>The unit is the type, so that a rule, its clock and its extensions cannot mix units: a
 * {@code DeadlineClock<CalendarDays>} takes only {@code CalendarDays} in {@code extend}, and
 * {@code DeadlineRule.of("x", WorkingDays.of(3), CalendarDays.of(1))} does not compile. The self-type
 * {@code T} is what makes the second one a compile error: without it, the compiler would take "some
 * {@code TimeLimit}" as the rule's unit. Where the unit is only known at run time (a setting, a stored clock),
 * {@link LimitUnit#of(int)} makes the amount, and a mismatch is refused with {@link UnitMismatchException}.
 *
 * @param <T> the amount's own type
 */
public sealed interface TimeLimit<T extends TimeLimit<T>> permits WorkingDays, CalendarDays, WorkingHours {

    /** The amount, never negative. */
    int amount();

    LimitUnit unit();

    /** Another amount in the same unit. */
    T withAmount(int amount);

    /** The amount in the given unit, for callers that learn the unit at run time. */
    static TimeLimit<?> of(LimitUnit unit, int amount) {
        return unit.of(amount);
    }
}
