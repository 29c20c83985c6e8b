package org.citizenhub.survey.hearings.domain;

/**
 * The named rules of a hearing. A refusal names its rule; the application answers it with the problem of the same
 * name (slug = the rule's kebab-case name), whose zh-CN and en texts give the reason.
 */
public enum HearingRule {
    /** Registration opens before it closes, closes no later than the hearing; at least one seat. */
    SCHEDULE_FITS,
    /** Registration only inside its window (args: opens, closes). */
    REGISTRATION_ONLY_WHILE_OPEN,
    /** Once per identity and hearing (held by a unique index when two requests race). */
    ONE_REGISTRATION_PER_IDENTITY,
    /** The seats are drawn after registration closes (arg: closes). */
    DRAW_AFTER_REGISTRATION_CLOSES,
    /** The seats are drawn once. */
    DRAW_ONCE,
    /** Only a seated participant submits a statement, after the draw and before the hearing. */
    STATEMENT_BY_SEATED_BEFORE_HEARING,
    /** The record (听证笔录) follows the hearing, which follows the draw (arg: the hearing time). */
    RECORD_AFTER_HEARING
}
