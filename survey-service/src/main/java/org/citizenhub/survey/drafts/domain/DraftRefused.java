package org.citizenhub.survey.drafts.domain;

/** A policy said no; the rule names why, the args fill its message. */
public class DraftRefused extends RuntimeException {

    private final DraftRule rule;
    private final transient Object[] args;

    public DraftRefused(DraftRule rule, Object... args) {
        super(rule.name());
        this.rule = rule;
        this.args = args;
    }

    public DraftRule rule() {
        return rule;
    }

    public Object[] args() {
        return args;
    }
}
