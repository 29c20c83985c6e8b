package org.citizenhub.supervision.notices.domain;

/** A rule said no: the rule names why, the arguments fill its message. */
public class NoticeRefused extends RuntimeException {

    private final NoticeRule rule;
    private final transient Object[] args;

    public NoticeRefused(NoticeRule rule, Object... args) {
        super(rule.slug());
        this.rule = rule;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public NoticeRule rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }
}
