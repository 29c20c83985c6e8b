package org.citizenhub.survey.surveys;

/** A survey policy said no; the rule names why, the args fill its message. */
public class SurveyRefused extends RuntimeException {

    private final SurveyRule rule;
    private final transient Object[] args;

    public SurveyRefused(SurveyRule rule, Object... args) {
        super(rule.name());
        this.rule = rule;
        this.args = args;
    }

    public SurveyRule rule() {
        return rule;
    }

    public Object[] args() {
        return args;
    }
}
