package org.citizenhub.survey.surveys.results;

import java.util.Locale;

import org.citizenhub.survey.surveys.results.domain.ResultsRefused;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemType;

/** The survey results' problems; texts in {@value #BUNDLE} (zh-CN and en). */
public enum ResultsProblem implements ProblemType {
    /** 404: no survey of that id that the caller may see the results of (or, in public, whose results are published). */
    SURVEY_RESULTS_NOT_FOUND(404),
    /** 409: the published questions are chosen before the survey closes; afterwards the publication is frozen. */
    PUBLICATION_CHOICE_CLOSED(409),
    /** 400: a chosen or cross-tabulated question that the questionnaire does not have. */
    RESULTS_UNKNOWN_QUESTION(400),
    /** 400: only choice, rating-scale and number questions can be cross-tabulated. */
    NOT_CROSS_TABULABLE(400),
    /** 400: exports are csv, xlsx or json. */
    UNKNOWN_EXPORT_FORMAT(400);

    static final String BUNDLE = "org.citizenhub.survey.surveys.results.problems";

    private final int status;

    ResultsProblem(int status) {
        this.status = status;
    }

    /** The problem a refusal of a results policy is answered with, carrying its reason. */
    static HubProblem of(ResultsRefused refused) {
        return new HubProblem(switch (refused.rule()) {
            case PUBLICATION_CHOICE_CLOSED -> PUBLICATION_CHOICE_CLOSED;
            case UNKNOWN_QUESTION -> RESULTS_UNKNOWN_QUESTION;
            case NOT_CROSS_TABULABLE -> NOT_CROSS_TABULABLE;
        }, refused.args());
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
