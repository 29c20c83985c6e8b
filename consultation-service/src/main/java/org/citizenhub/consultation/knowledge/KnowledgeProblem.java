package org.citizenhub.consultation.knowledge;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/** Errors of the knowledge base; titles and details in this service's problems*.properties. */
public enum KnowledgeProblem implements ProblemType {
    ANSWER_NOT_FOUND(404),
    FAQ_NOT_FOUND(404),
    FAQ_NOT_IN_STATE(409),
    FAQ_CHANGED_CONCURRENTLY(409),
    /** 先审后发: a reviewer approves or sends back, and never an entry they wrote themselves. */
    FAQ_REVIEWED_BY_A_REVIEWER_OTHER_THAN_THE_AUTHOR(403),
    INVALID_KNOWLEDGE_QUERY(400);

    private final int status;

    KnowledgeProblem(int status) {
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
}
