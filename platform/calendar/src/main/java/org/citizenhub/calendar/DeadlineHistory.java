package org.citizenhub.calendar;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The steps of a deadline clock, oldest first: an immutable list.
 *
 * <p>A class of its own rather than {@code List<DeadlineEntry>} so that code written before clocks had a unit,
 * which names the raw type {@code DeadlineClock}, still sees a list of {@link DeadlineEntry}: a raw type loses the
 * type arguments of every member, but not the supertypes of a plain class.
 */
public final class DeadlineHistory extends AbstractList<DeadlineEntry> implements RandomAccess {

    private static final DeadlineHistory EMPTY = new DeadlineHistory(List.of());

    private final List<DeadlineEntry> steps;

    private DeadlineHistory(List<DeadlineEntry> steps) {
        this.steps = steps;
    }

    public static DeadlineHistory of(List<DeadlineEntry> steps) {
        if (steps == null || steps.isEmpty()) {
            return EMPTY;
        }
        return steps instanceof DeadlineHistory history ? history : new DeadlineHistory(List.copyOf(steps));
    }

    /** This history with one more step at the end. */
    public DeadlineHistory with(DeadlineEntry step) {
        var longer = new ArrayList<DeadlineEntry>(steps.size() + 1);
        longer.addAll(steps);
        longer.add(step);
        return new DeadlineHistory(List.copyOf(longer));
    }

    @Override
    public DeadlineEntry get(int index) {
        return steps.get(index);
    }

    @Override
    public int size() {
        return steps.size();
    }
}
