package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.CasePolicy;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/** Errors specific to consultation-service; titles and details in problems*.properties of this service. */
public enum ConsultationProblem implements ProblemType {
    CASE_NOT_FOUND(404),
    CASE_NOT_IN_STATE(409),
    CASE_CHANGED_CONCURRENTLY(409),
    INVALID_CASE_STEP(400),
    INVALID_CONTACT(400),
    UNKNOWN_CATEGORY(400),
    CALENDAR_YEAR_NOT_LOADED(503),
    QUERY_CODE_REQUIRED(400);

    private final int status;

    ConsultationProblem(int status) {
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

    /** The problem a {@link CasePolicy} refusal is answered with: its own type, 400 or 409. */
    public static ProblemType of(CasePolicy policy) {
        return new PolicyProblem(policy);
    }

    private record PolicyProblem(CasePolicy policy) implements ProblemType {
        @Override
        public String slug() {
            return policy.slug();
        }

        @Override
        public int status() {
            return policy.badInput() ? 400 : 409;
        }
    }
}
