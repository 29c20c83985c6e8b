package org.citizenhub.hall.appointments.domain;

import java.util.List;

/** A policy refused a step; {@code args} fill the reason's text. */
public final class Refusal extends RuntimeException {

    private final BookingPolicy policy;
    private final List<Object> args;

    public Refusal(BookingPolicy policy, Object... args) {
        super(policy.slug(), null, false, false);
        this.policy = policy;
        this.args = List.of(args);
    }

    public BookingPolicy policy() {
        return policy;
    }

    public Object[] args() {
        return args.toArray();
    }
}
