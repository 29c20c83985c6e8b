package org.citizenhub.calendar;

/**
 * The unit of a {@link TimeLimit}, for settings and stored clocks where the unit is data. In code, prefer the
 * typed amounts ({@link WorkingDays}, {@link CalendarDays}, {@link WorkingHours}).
 */
public enum LimitUnit {
    WORKING_DAYS(WorkingDays.class, "working days", 60),
    CALENDAR_DAYS(CalendarDays.class, "calendar days", 90),
    WORKING_HOURS(WorkingHours.class, "working hours", 480);

    private final Class<? extends TimeLimit<?>> type;
    private final String label;
    private final int longestExtension;

    LimitUnit(Class<? extends TimeLimit<?>> type, String label, int longestExtension) {
        this.type = type;
        this.label = label;
        this.longestExtension = longestExtension;
    }

    /** The amount in this unit. */
    public TimeLimit<?> of(int amount) {
        return switch (this) {
            case WORKING_DAYS -> WorkingDays.of(amount);
            case CALENDAR_DAYS -> CalendarDays.of(amount);
            case WORKING_HOURS -> WorkingHours.of(amount);
        };
    }

    /** The type of amounts in this unit. */
    public Class<? extends TimeLimit<?>> type() {
        return type;
    }

    /**
     * The longest single extension in this unit, about the same span in each: 60 working days, 90 calendar days,
     * 480 working hours (60 days of 8 office hours).
     */
    public int longestExtension() {
        return longestExtension;
    }

    public String label() {
        return label;
    }

    /** The unit of amounts of the given type. */
    public static LimitUnit of(Class<?> type) {
        for (LimitUnit unit : values()) {
            if (unit.type == type) {
                return unit;
            }
        }
        throw new IllegalArgumentException("Not a unit of time limits: " + type);
    }
}
