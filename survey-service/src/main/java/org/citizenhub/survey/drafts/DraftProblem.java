package org.citizenhub.survey.drafts;

import java.util.Locale;

import org.citizenhub.survey.drafts.domain.DraftRefused;
import org.citizenhub.survey.drafts.domain.DraftRule;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemType;

/** 意见征集's own problems; texts in {@value #BUNDLE} (zh-CN and en). Policy refusals: {@link #of(DraftRefused)}. */
public enum DraftProblem implements ProblemType {
    /** 404: no draft of that number the caller may see. */
    DRAFT_NOT_FOUND(404),
    /** 404: no comment of that id the caller may moderate. */
    COMMENT_NOT_FOUND(404);

    static final String BUNDLE = "org.citizenhub.survey.drafts.problems";

    private final int status;

    DraftProblem(int status) {
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

    public static HubProblem of(DraftRefused refused) {
        return new HubProblem(new PolicyProblem(refused.rule()), refused.args());
    }

    private record PolicyProblem(DraftRule rule) implements ProblemType {
        @Override
        public String slug() {
            return rule.slug();
        }

        @Override
        public int status() {
            return rule == DraftRule.NOT_PERMITTED ? 403 : rule.badInput() ? 400 : 409;
        }

        @Override
        public String messageBundle() {
            return BUNDLE;
        }
    }
}
