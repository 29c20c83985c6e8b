package org.citizenhub.hall.ratings;

import java.util.Locale;

import org.citizenhub.hall.ratings.domain.RatingRefused;
import org.citizenhub.hall.ratings.domain.RatingRule;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemType;

/** The ratings' own problems; texts in {@value #BUNDLE} (zh-CN and en). Policy refusals: {@link #of(RatingRefused)}. */
public enum RatingProblem implements ProblemType {
    /** 404: no visit holds this code. */
    VISIT_NOT_FOUND(404),
    /** 404: no rating of that number the caller may see. */
    RATING_NOT_FOUND(404),
    /** 404: no finished application of that number belongs to the caller (or applications are not online yet). */
    RATABLE_APPLICATION_NOT_FOUND(404),
    /** 409: 一事一评: the application has its rating. */
    APPLICATION_ALREADY_RATED(409),
    /** 409: someone changed the rating meanwhile. */
    RATING_CHANGED_CONCURRENTLY(409),
    /** 400: an export period that is malformed, reversed or longer than a year. */
    INVALID_EXPORT_PERIOD(400);

    static final String BUNDLE = "org.citizenhub.hall.ratings.problems";

    private final int status;

    RatingProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    /** The problem a policy's refusal is answered with: its rule's type, 400, 403 or 409, and its reason. */
    public static HubProblem of(RatingRefused refused) {
        return new HubProblem(new PolicyProblem(refused.rule()), refused.args());
    }

    private record PolicyProblem(RatingRule rule) implements ProblemType {
        @Override
        public String slug() {
            return rule.slug();
        }

        @Override
        public int status() {
            return rule == RatingRule.NOT_PERMITTED ? 403 : rule.badInput() ? 400 : 409;
        }

        @Override
        public String messageBundle() {
            return BUNDLE;
        }
    }
}
