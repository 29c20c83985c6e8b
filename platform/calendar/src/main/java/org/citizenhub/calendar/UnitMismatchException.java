package org.citizenhub.calendar;

/**
 * An amount or a stored clock in one unit was given where another unit is required: an extension in working days
 * for a calendar-day clock, or a calendar-day clock read as a working-day clock. Code with static types cannot get
 * here (the compiler refuses it); this guards amounts and clocks whose unit is data.
 */
public class UnitMismatchException extends IllegalArgumentException {

    private final LimitUnit required;
    private final LimitUnit given;

    public UnitMismatchException(LimitUnit required, LimitUnit given, String what) {
        super(what + " is in " + given.label() + " but this rule counts " + required.label());
        this.required = required;
        this.given = given;
    }

    public LimitUnit required() {
        return required;
    }

    public LimitUnit given() {
        return given;
    }
}
