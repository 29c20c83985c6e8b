package org.citizenhub.hall.applications.domain;

import java.util.Arrays;

/** A step refused by one of the named {@link ApplicationPolicy}s, with the values its message shows. */
public final class ApplicationPolicyViolation extends RuntimeException {

    private final ApplicationPolicy policy;
    private final transient Object[] args;

    public ApplicationPolicyViolation(ApplicationPolicy policy, Object... args) {
        super(policy.slug() + Arrays.toString(args));
        this.policy = policy;
        this.args = args.clone();
    }

    public ApplicationPolicy policy() {
        return policy;
    }

    public Object[] args() {
        return args.clone();
    }
}
