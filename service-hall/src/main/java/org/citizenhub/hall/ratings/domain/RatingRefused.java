package org.citizenhub.hall.ratings.domain;

import java.util.Objects;

/** A policy's refusal with its reason; the application service turns it into the rule's problem detail. */
public class RatingRefused extends RuntimeException {

    private final RatingRule rule;
    private final transient Object[] args;

    public RatingRefused(RatingRule rule, Object... args) {
        super(rule.slug(), null, false, false);
        this.rule = Objects.requireNonNull(rule);
        this.args = args.clone();
    }

    public RatingRule rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }
}
