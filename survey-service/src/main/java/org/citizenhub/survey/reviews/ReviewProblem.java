package org.citizenhub.survey.reviews;

import java.util.Locale;

import org.citizenhub.survey.reviews.domain.ReviewRule;
import org.citizenhub.web.problem.ProblemType;

/** The reviews' problems; texts in {@value #BUNDLE} (zh-CN and en). */
public enum ReviewProblem implements ProblemType {
    /** 404: no review of that id (on this site). */
    REVIEW_NOT_FOUND(404),
    /** 400: the period is reversed, or a department is not of the review's site. */
    INVALID_REVIEW(400),
    /** 409: ratings are taken inside the review's period only. */
    REVIEW_NOT_OPEN(409),
    /** 409: one rating per identity and review. */
    ALREADY_RATED(409),
    /** 400: a score for a department the review does not cover, or a department left out. */
    SCORES_DO_NOT_MATCH(400),
    /** 400: a comment on a department the review does not cover; arg 0 the reviewed departments. */
    COMMENT_NOT_ON_REVIEWED_DEPARTMENT(400),
    /** 409: results are published when the period has ended. */
    RESULTS_NOT_YET_PUBLISHED(409);

    static final String BUNDLE = "org.citizenhub.survey.reviews.problems";

    private final int status;

    ReviewProblem(int status) {
        this.status = status;
    }

    /** The problem answering a refusal by {@code rule}; its texts give the rule's reason in zh-CN and en. */
    static ReviewProblem of(ReviewRule rule) {
        return switch (rule) {
            case PERIOD_AND_DEPARTMENTS_FIT -> INVALID_REVIEW;
            case RATINGS_ONLY_WHILE_OPEN -> REVIEW_NOT_OPEN;
            case ONE_RATING_PER_IDENTITY -> ALREADY_RATED;
            case ONE_SCORE_PER_REVIEWED_DEPARTMENT -> SCORES_DO_NOT_MATCH;
            case COMMENTS_ON_REVIEWED_DEPARTMENTS -> COMMENT_NOT_ON_REVIEWED_DEPARTMENT;
            case RESULTS_AFTER_CLOSE -> RESULTS_NOT_YET_PUBLISHED;
        };
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
}
