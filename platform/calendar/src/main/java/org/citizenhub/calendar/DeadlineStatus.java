package org.citizenhub.calendar;

/** Where a deadline clock stands. */
public enum DeadlineStatus {
    /** Running or paused with more than the rule's warning threshold left. */
    ON_TRACK,
    /** Running or paused with no more than the warning threshold left. */
    DUE_SOON,
    /** Not finished and the deadline has passed. */
    OVERDUE,
    /** Finished by the deadline. */
    MET,
    /** Finished after the deadline. */
    MISSED
}
