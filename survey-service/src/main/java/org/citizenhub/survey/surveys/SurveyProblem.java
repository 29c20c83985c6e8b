package org.citizenhub.survey.surveys;

import java.util.List;
import java.util.Locale;

import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemType;

/** The surveys' own problems; texts in {@value #BUNDLE} (zh-CN and en). Policy refusals: {@link #of(SurveyRefused)}. */
public enum SurveyProblem implements ProblemType {
    /** 404: no survey of that id the caller may see. */
    NOT_FOUND(404),
    /** 400: the questionnaire has defects, listed in {@code errors} with JSON pointers. */
    INVALID_QUESTIONNAIRE(400),
    /** 400: answers that do not fit the questionnaire, listed in {@code errors} with JSON pointers. */
    INVALID_ANSWERS(400);

    static final String BUNDLE = "org.citizenhub.survey.surveys.problems";

    private final int status;

    SurveyProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return "survey-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    public static HubProblem of(SurveyRefused refused) {
        return new HubProblem(new Policy(refused.rule()), refused.args());
    }

    static HubProblem refused(SurveyRule rule, Object... args) {
        return of(new SurveyRefused(rule, args));
    }

    record Policy(SurveyRule rule) implements ProblemType {
        @Override
        public String slug() {
            return rule.slug();
        }

        @Override
        public int status() {
            return rule.status();
        }

        @Override
        public String messageBundle() {
            return BUNDLE;
        }
    }

    /** The message of one entry of {@code errors} ({@code problem.<slug>.detail}). */
    record Entry(String slug) implements ProblemType {
        @Override
        public int status() {
            return 400;
        }

        @Override
        public String messageBundle() {
            return BUNDLE;
        }
    }

    /**
     * A 400 whose {@code errors} list each defect: its JSON {@code pointer} into the request body, the question
     * {@code key} it concerns (if any), a stable {@code code} and the localized {@code message}.
     */
    public static final class Rejected extends RuntimeException {

        public record Error(String pointer, String key, String code, String slug, List<Object> args) {
        }

        private final SurveyProblem type;
        private final List<Error> errors;

        public Rejected(SurveyProblem type, List<Error> errors) {
            super(type.slug());
            this.type = type;
            this.errors = List.copyOf(errors);
        }

        public SurveyProblem type() {
            return type;
        }

        public List<Error> errors() {
            return errors;
        }
    }
}
