package org.citizenhub.web.problem;

import java.util.Objects;

/**
 * Thrown by services for any error the client should see as a problem document: the web layer answers it
 * with the type's status, its localized title and its detail formatted with {@link #args()}.
 *
 * <p>The exception message is the slug only; nothing in it is shown to clients.
 */
public class HubProblem extends RuntimeException {

    private final ProblemType type;
    private final Object[] args;

    public HubProblem(ProblemType type, Object... detailArgs) {
        super(Objects.requireNonNull(type, "type").slug());
        this.type = type;
        this.args = detailArgs == null ? new Object[0] : detailArgs.clone();
    }

    public ProblemType type() {
        return type;
    }

    public Object[] args() {
        return args.clone();
    }
}
