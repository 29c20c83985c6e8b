package org.citizenhub.survey.surveys.results.domain;

/** A results policy said no; {@code args} fill the problem's detail message. */
public class ResultsRefused extends RuntimeException {

    /** The named rules of the results. */
    public enum Rule {
        /** The owner chooses the published questions until the survey closes; the publication is then frozen. */
        PUBLICATION_CHOICE_CLOSED,
        /** Only questions of the questionnaire can be chosen or cross-tabulated. */
        UNKNOWN_QUESTION,
        /** A cross-tabulation needs two distinct choice, rating-scale or number questions... of fixed categories. */
        NOT_CROSS_TABULABLE
    }

    private final Rule rule;
    private final transient Object[] args;

    public ResultsRefused(Rule rule, Object... args) {
        super(rule.name());
        this.rule = rule;
        this.args = args;
    }

    public Rule rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }
}
