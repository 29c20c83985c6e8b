package org.citizenhub.calendar;

/**
 * Plain days (日), weekends and holidays included, as the 信访工作条例 counts them ("60日内办结"). Counted under
 * 民法典 第二百零一条 and 第二百零三条: the day of receipt is not counted; a period whose last day is a rest day
 * (weekend or public holiday) ends on the first working day after it; it ends when the office closes.
 */
public record CalendarDays(int amount) implements TimeLimit<CalendarDays> {

    public CalendarDays {
        if (amount < 0) {
            throw new IllegalArgumentException("An amount of calendar days cannot be negative: " + amount);
        }
    }

    public static CalendarDays of(int amount) {
        return new CalendarDays(amount);
    }

    @Override
    public CalendarDays withAmount(int amount) {
        return new CalendarDays(amount);
    }

    @Override
    public LimitUnit unit() {
        return LimitUnit.CALENDAR_DAYS;
    }

    @Override
    public String toString() {
        return amount + " calendar days";
    }
}
