package org.citizenhub.supervision.notices.domain;

/** What a policy answers: allowed, or rejected by a named rule with the arguments of its message. */
public sealed interface Allowance {

    Allowance ALLOWED = new Allowed();

    static Allowance rejectedBy(NoticeRule rule, Object... args) {
        return new Rejected(rule, args);
    }

    static Allowance when(boolean allowed, NoticeRule rule, Object... args) {
        return allowed ? ALLOWED : rejectedBy(rule, args);
    }

    /** Nothing when allowed; a {@link NoticeRefused} with the rule otherwise. */
    default void orRefuse() {
        if (this instanceof Rejected(NoticeRule rule, Object[] args)) {
            throw new NoticeRefused(rule, args);
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    record Allowed() implements Allowance {
    }

    record Rejected(NoticeRule rule, Object[] args) implements Allowance {
    }
}
