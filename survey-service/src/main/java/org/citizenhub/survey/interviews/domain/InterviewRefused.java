package org.citizenhub.survey.interviews.domain;

/** A policy said no: the rule and the arguments of its reason. */
public class InterviewRefused extends RuntimeException {
    private final InterviewRule rule;
    private final transient Object[] args;

    public InterviewRefused(InterviewRule rule, Object... args) {
        super(rule.slug(), null, false, false);
        this.rule = rule;
        this.args = args;
    }

    public InterviewRule rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }
}
