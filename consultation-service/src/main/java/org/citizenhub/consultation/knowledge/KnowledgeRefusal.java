package org.citizenhub.consultation.knowledge;

/** A step on a knowledge entry that its rules refuse; carries the problem and its message arguments. */
public final class KnowledgeRefusal extends RuntimeException {

    private final KnowledgeProblem problem;
    private final transient Object[] args;

    public KnowledgeRefusal(KnowledgeProblem problem, Object... args) {
        super(problem.slug());
        this.problem = problem;
        this.args = args.clone();
    }

    public KnowledgeProblem problem() {
        return problem;
    }

    public Object[] args() {
        return args.clone();
    }
}
