package org.citizenhub.calendar;

/**
 * Working days (工作日) under the loaded holiday notices: the count starts on the working day after the day of
 * receipt and ends when the office closes on the last counted day (see {@link CountingPolicy}).
 */
public record WorkingDays(int amount) implements TimeLimit<WorkingDays> {

    public WorkingDays {
        if (amount < 0) {
            throw new IllegalArgumentException("An amount of working days cannot be negative: " + amount);
        }
    }

    public static WorkingDays of(int amount) {
        return new WorkingDays(amount);
    }

    @Override
    public WorkingDays withAmount(int amount) {
        return new WorkingDays(amount);
    }

    @Override
    public LimitUnit unit() {
        return LimitUnit.WORKING_DAYS;
    }

    @Override
    public String toString() {
        return amount + " working days";
    }
}
