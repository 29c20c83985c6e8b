package org.citizenhub.supervision.notices;

import java.util.Locale;

import org.citizenhub.supervision.notices.domain.NoticeRefused;
import org.citizenhub.supervision.notices.domain.NoticeRule;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemType;

/** 督办's own problems; texts in {@value #BUNDLE} (zh-CN and en). Policy refusals: {@link #of(NoticeRefused)}. */
public enum NoticeProblem implements ProblemType {
    /** 404: no notice of that number the caller may see. */
    NOT_FOUND(404),
    /** 404: the read model knows no such case (or the caller may not see it). */
    CASE_NOT_FOUND(404),
    /** 400: a case is named by its id or its tracking number. */
    CASE_NOT_NAMED(400);

    static final String BUNDLE = "org.citizenhub.supervision.notices.problems";

    private final int status;

    NoticeProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return "supervision-notice-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    public static HubProblem of(NoticeRefused refused) {
        return new HubProblem(new PolicyProblem(refused.rule()), refused.args());
    }

    /** A named rule's refusal as a problem: slug {@code supervision-notice-<rule>}, the rule's status. */
    record PolicyProblem(NoticeRule rule) implements ProblemType {
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
}
