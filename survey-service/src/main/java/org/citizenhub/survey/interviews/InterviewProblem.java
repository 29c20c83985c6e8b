package org.citizenhub.survey.interviews;

import java.util.Locale;

import org.citizenhub.survey.interviews.domain.InterviewRefused;
import org.citizenhub.survey.interviews.domain.InterviewRule;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemType;

/** The interviews' own problems; texts in {@value #BUNDLE} (zh-CN and en). Policy refusals: {@link #of}. */
public enum InterviewProblem implements ProblemType {
    /** 404: no interview of that id (on the selected site). */
    INTERVIEW_NOT_FOUND(404),
    /** 404: no question of that id in the interview. */
    INTERVIEW_QUESTION_NOT_FOUND(404),
    /** 404: the transcript is not published yet. */
    INTERVIEW_TRANSCRIPT_NOT_FOUND(404);

    static final String BUNDLE = "org.citizenhub.survey.interviews.problems";

    private final int status;

    InterviewProblem(int status) {
        this.status = status;
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

    public static HubProblem of(InterviewRefused refused) {
        return new HubProblem(new PolicyProblem(refused.rule()), refused.args());
    }

    private record PolicyProblem(InterviewRule rule) implements ProblemType {
        @Override
        public String slug() {
            return rule.slug();
        }

        @Override
        public int status() {
            return rule == InterviewRule.NOT_PERMITTED ? 403 : rule.badInput() ? 400 : 409;
        }

        @Override
        public String messageBundle() {
            return BUNDLE;
        }
    }
}
