package org.citizenhub.mailbox.letter;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a letter stands in its handling. The transitions are decided by {@link Letter}; this enum only names the
 * states and which of them still owe the citizen an answer.
 *
 * <pre>
 * SUBMITTED ──accept──▶ ACCEPTED ──assign──▶ ASSIGNED ──draft reply──▶ IN_REVIEW ──approve──▶ ANSWERED ──rate──▶ CLOSED
 *     │                                      │  ▲  ▲ transfer (stays)      │                        │
 *     ├─not accept──▶ NOT_ACCEPTED           │  │  └──────send back────────┘                        │ unsatisfied,
 *     └─merge───────▶ MERGED                 ▼  │ supply                                            │ once
 *                                   AWAITING_CITIZEN                     ASSIGNED ◀──reopen─────────┘
 * </pre>
 */
public enum LetterStatus {
    /** Waiting for the mailbox office to screen it. */
    SUBMITTED,
    /** Screened and accepted; the reply deadline runs; waiting for a handling department. */
    ACCEPTED,
    /** Not accepted (duplicate, out of scope, abusive...); the citizen is told why. Final. */
    NOT_ACCEPTED,
    /** Merged into an earlier letter on the same matter, which carries the answer. Final. */
    MERGED,
    /** A department handles it. */
    ASSIGNED,
    /** The handler asked the citizen for more information; the deadline is paused. */
    AWAITING_CITIZEN,
    /** A reply is drafted and waits for the reviewer. */
    IN_REVIEW,
    /** The reply was approved and sent to the citizen; the deadline is stopped. */
    ANSWERED,
    /** Rated by the citizen, or closed without re-handling. Final. */
    CLOSED;

    private static final Set<LetterStatus> OPEN = EnumSet.of(ACCEPTED, ASSIGNED, AWAITING_CITIZEN, IN_REVIEW);

    private static final Set<LetterStatus> FINISHED = EnumSet.of(NOT_ACCEPTED, MERGED, CLOSED);

    /** Still owes the citizen an answer: the deadline matters. */
    public boolean open() {
        return OPEN.contains(this);
    }

    /** Something may still happen to it (an answered letter may be rated and reopened). */
    public boolean unfinished() {
        return !FINISHED.contains(this);
    }
}
