package org.citizenhub.survey.reviews.domain;

/**
 * The named rules of a public review. A refusal names its rule; the application answers it with the problem of the
 * rule, whose zh-CN and en texts give the reason.
 */
public enum ReviewRule {
    /** The period starts before it ends; at least one department, all of the review's site. */
    PERIOD_AND_DEPARTMENTS_FIT,
    /** Ratings only inside the period (args: opens, closes). */
    RATINGS_ONLY_WHILE_OPEN,
    /** One rating per identity and review (held by a unique index when two requests race). */
    ONE_RATING_PER_IDENTITY,
    /** A score from 1 to 5 for each reviewed department, none for another (arg: the departments). */
    ONE_SCORE_PER_REVIEWED_DEPARTMENT,
    /** A comment (optional) is on one of the reviewed departments (arg: the departments). */
    COMMENTS_ON_REVIEWED_DEPARTMENTS,
    /** No results before the period has ended: no running tally steers later raters (arg: the close). */
    RESULTS_AFTER_CLOSE
}
