package org.citizenhub.consultation.cases.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a case and the moves between them: the state machine every step goes through
 * ({@link ConsultationCase} checks {@link #canMoveTo} before each change).
 */
public enum CaseStatus {
    /** Waiting for the dispatch centre to screen it. */
    SUBMITTED,
    /** Accepted, the clock runs; waiting to be dispatched. */
    ACCEPTED,
    /** A lead department (and co-handlers) work on it. */
    HANDLING,
    /** An assigned department sent it back (退单); the dispatch centre re-dispatches or overrules. */
    DISPUTED,
    /** Waiting for the citizen's information; the clock pauses. */
    AWAITING_CITIZEN,
    /** The consolidated reply waits for a reviewer. */
    IN_REVIEW,
    /** The reply was approved and sent; waiting for the citizen's rating. */
    ANSWERED,
    CLOSED,
    REFUSED,
    MERGED;

    private Set<CaseStatus> next;

    static {
        SUBMITTED.next = EnumSet.of(ACCEPTED, REFUSED, MERGED);
        ACCEPTED.next = EnumSet.of(HANDLING);
        HANDLING.next = EnumSet.of(HANDLING, DISPUTED, AWAITING_CITIZEN, IN_REVIEW);
        DISPUTED.next = EnumSet.of(HANDLING);
        AWAITING_CITIZEN.next = EnumSet.of(HANDLING);
        IN_REVIEW.next = EnumSet.of(HANDLING, ANSWERED);
        ANSWERED.next = EnumSet.of(CLOSED, HANDLING);
        CLOSED.next = EnumSet.noneOf(CaseStatus.class);
        REFUSED.next = EnumSet.noneOf(CaseStatus.class);
        MERGED.next = EnumSet.noneOf(CaseStatus.class);
    }

    public boolean canMoveTo(CaseStatus target) {
        return next.contains(target);
    }

    /** Still being worked on: a deadline may run. */
    public boolean open() {
        return this == ACCEPTED || this == HANDLING || this == DISPUTED || this == AWAITING_CITIZEN
                || this == IN_REVIEW;
    }
}
