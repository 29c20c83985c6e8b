package org.citizenhub.calendar;

/**
 * Working hours (工作小时) for urgent items, e.g. a safety hazard handled within 2 working hours: only office hours
 * of working days pass, and the count starts at the moment of receipt (or when the office next opens).
 */
public record WorkingHours(int amount) implements TimeLimit<WorkingHours> {

    public WorkingHours {
        if (amount < 0) {
            throw new IllegalArgumentException("An amount of working hours cannot be negative: " + amount);
        }
    }

    public static WorkingHours of(int amount) {
        return new WorkingHours(amount);
    }

    @Override
    public WorkingHours withAmount(int amount) {
        return new WorkingHours(amount);
    }

    @Override
    public LimitUnit unit() {
        return LimitUnit.WORKING_HOURS;
    }

    @Override
    public String toString() {
        return amount + " working hours";
    }
}
