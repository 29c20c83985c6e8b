package org.citizenhub.hall.ratings.domain;

import java.util.Locale;

/**
 * Every rule a rating step can break, with the problem slug the API answers with ({@code badInput}: 400, else 409;
 * {@link #NOT_PERMITTED}: 403). The texts (zh-CN and en) are in the ratings problem bundle.
 */
public enum RatingRule {
    /** 400: below 满意 without a reason category; arg 0 the rating's label. */
    REASONS_REQUIRED_BELOW_SATISFIED(true),
    /** 400: below 满意 without text of the minimum length; args label, min, max. */
    TEXT_REQUIRED_BELOW_SATISFIED(true),
    /** 400: reason categories given with 满意 or 非常满意. */
    REASONS_ONLY_BELOW_SATISFIED(true),
    /** 400: a text longer than allowed; args field, max. */
    TEXT_TOO_LONG(true),
    /** 400: a required text missing or too short; args field, min, max. */
    TEXT_REQUIRED(true),
    /** 400: an unknown level, reason or channel; args field, value. */
    UNKNOWN_VALUE(true),
    /** 409: 一次一评: the visit has its rating. */
    VISIT_ALREADY_RATED(false),
    /** 409: the visit's rating window is over; arg 0 the last moment. */
    VISIT_RATING_CLOSED(false),
    /** 409: the step does not fit the rating's state; args step, state. */
    RATING_NOT_IN_STATE(false),
    /** 409: an appeal after its working days; args working days, last moment. */
    APPEAL_TOO_LATE(false),
    /** 409: a rating is appealed once. */
    APPEAL_ALREADY_FILED(false),
    /** 403: the actor may not take this step. */
    NOT_PERMITTED(false);

    private final boolean badInput;

    RatingRule(boolean badInput) {
        this.badInput = badInput;
    }

    public boolean badInput() {
        return badInput;
    }

    public String slug() {
        return switch (this) {
            case NOT_PERMITTED -> "rating-step-not-permitted";
            default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}
