package org.citizenhub.calendar;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A time limit in one unit, with the warning threshold in the same unit: the clock is
 * {@link DeadlineStatus#DUE_SOON} once no more than {@code dueSoon} is left.
 *
 * <pre>{@code
 * DeadlineRule<WorkingDays>  reply    = DeadlineRule.of("error-report-reply", WorkingDays.of(3), WorkingDays.of(1));
 * DeadlineRule<CalendarDays> petition = DeadlineRule.of("petition-handling", CalendarDays.of(60), CalendarDays.of(10));
 * DeadlineRule<WorkingHours> hazard   = DeadlineRule.of("safety-hazard", WorkingHours.of(2), WorkingHours.of(1));
 * DeadlineRule.of("mixed", WorkingDays.of(3), CalendarDays.of(1));   // does not compile
 * }</pre>
 *
 * <p>The type parameter is the unit, so that a {@code DeadlineClock<U>} started by the rule is extended only in
 * {@code U}. The constructor with two {@code int}s, {@link #of(String, int)}, {@link #workingDays()} and
 * {@link #dueSoonWorkingDays()} are the working-day forms that existed before units; they stay for existing callers.
 *
 * @param code    stable name of the rule (e.g. {@code error-report-reply}), kept with every clock started by it
 * @param limit   the time allowed, 1–{@value #LONGEST} of its unit
 * @param dueSoon the warning threshold, from 0 to {@code limit}, in the same unit
 */
public record DeadlineRule<U extends TimeLimit<U>>(String code, U limit, U dueSoon) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final int LONGEST = 365;

    public DeadlineRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(dueSoon, "dueSoon");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A rule code is lower-case letters, digits and '-': " + code);
        }
        if (dueSoon.unit() != limit.unit()) {
            // only reachable through raw types or unchecked casts
            throw new UnitMismatchException(limit.unit(), dueSoon.unit(), "The due-soon threshold");
        }
        if (limit.amount() < 1 || limit.amount() > LONGEST) {
            throw new IllegalArgumentException("A rule allows 1–" + LONGEST + " " + limit.unit().label() + ", not "
                    + limit.amount());
        }
        if (dueSoon.amount() > limit.amount()) {
            throw new IllegalArgumentException("The due-soon threshold must be 0–" + limit.amount() + " "
                    + limit.unit().label() + ", not " + dueSoon.amount());
        }
    }

    /**
     * The working-day rule as it was written before units: {@code new DeadlineRule<>("letter-reply", 15, 3)}.
     * Give the type argument {@code WorkingDays} (or none); prefer {@link #of(String, TimeLimit, TimeLimit)}.
     */
    @SuppressWarnings("unchecked")
    public DeadlineRule(String code, int workingDays, int dueSoonWorkingDays) {
        this(code, (U) checkedWorkingDays(workingDays, "A rule allows 1–" + LONGEST + " working days, not "),
                (U) checkedWorkingDays(dueSoonWorkingDays, "The due-soon threshold must be 0–" + workingDays
                        + " working days, not "));
    }

    public static <U extends TimeLimit<U>> DeadlineRule<U> of(String code, U limit, U dueSoon) {
        return new DeadlineRule<>(code, limit, dueSoon);
    }

    /** A rule that warns when one unit (or, for a limit of one, the whole limit) remains. */
    public static <U extends TimeLimit<U>> DeadlineRule<U> of(String code, U limit) {
        return new DeadlineRule<>(code, limit, limit.withAmount(Math.min(1, limit.amount())));
    }

    /**
     * A rule whose unit is data (an administrator's setting): {@code limit} and {@code dueSoon} are in {@code unit}.
     */
    public static DeadlineRule<?> of(String code, LimitUnit unit, int limit, int dueSoon) {
        return switch (unit) {
            case WORKING_DAYS -> of(code, WorkingDays.of(limit), WorkingDays.of(dueSoon));
            case CALENDAR_DAYS -> of(code, CalendarDays.of(limit), CalendarDays.of(dueSoon));
            case WORKING_HOURS -> of(code, WorkingHours.of(limit), WorkingHours.of(dueSoon));
        };
    }

    /** A working-day rule that warns when one working day remains. */
    public static DeadlineRule<WorkingDays> of(String code, int workingDays) {
        return new DeadlineRule<>(code, WorkingDays.of(workingDays), WorkingDays.of(1));
    }

    /** The unit this rule counts in. */
    public LimitUnit unit() {
        return limit.unit();
    }

    /** {@code amount} in this rule's unit: for amounts that come as plain numbers from a request or a setting. */
    public U limitOf(int amount) {
        return limit.withAmount(amount);
    }

    public DeadlineRule<U> withDueSoon(U threshold) {
        return new DeadlineRule<>(code, limit, threshold);
    }

    /** The limit of a working-day rule; refused for other units. */
    public int workingDays() {
        requireWorkingDays("workingDays");
        return limit.amount();
    }

    /** The warning threshold of a working-day rule; refused for other units. */
    public int dueSoonWorkingDays() {
        requireWorkingDays("dueSoonWorkingDays");
        return dueSoon.amount();
    }

    /** A working-day rule with another warning threshold; refused for other units. */
    public DeadlineRule<U> withDueSoonWorkingDays(int days) {
        requireWorkingDays("withDueSoonWorkingDays");
        return withDueSoon(limitOf(days));
    }

    /** Checks that {@code amount} is in this rule's unit and returns it typed. */
    @SuppressWarnings("unchecked")
    U requireUnit(TimeLimit<?> amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.unit() != unit()) {
            throw new UnitMismatchException(unit(), amount.unit(), what);
        }
        return (U) amount;
    }

    private void requireWorkingDays(String what) {
        if (unit() != LimitUnit.WORKING_DAYS) {
            throw new UnitMismatchException(unit(), LimitUnit.WORKING_DAYS, what);
        }
    }

    private static WorkingDays checkedWorkingDays(int days, String message) {
        if (days < 0) {
            throw new IllegalArgumentException(message + days);
        }
        return WorkingDays.of(days);
    }
}
