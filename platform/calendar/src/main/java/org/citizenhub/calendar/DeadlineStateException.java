package org.citizenhub.calendar;

/** A deadline clock was asked for a step its state does not allow (e.g. resuming a running clock). */
public class DeadlineStateException extends IllegalStateException {

    private final DeadlineClock.State state;
    private final String step;

    public DeadlineStateException(DeadlineClock.State state, String step) {
        super("A " + state.name().toLowerCase() + " deadline clock cannot be " + step);
        this.state = state;
        this.step = step;
    }

    public DeadlineClock.State state() {
        return state;
    }

    public String step() {
        return step;
    }
}
