package org.citizenhub.consultation.cases.domain;

import java.util.Arrays;

/** A step refused by one of the named {@link CasePolicy}s, with the values its message shows. */
public final class CasePolicyViolation extends RuntimeException {

    private final CasePolicy policy;
    private final transient Object[] args;

    public CasePolicyViolation(CasePolicy policy, Object... args) {
        super(policy.slug() + Arrays.toString(args));
        this.policy = policy;
        this.args = args.clone();
    }

    public CasePolicy policy() {
        return policy;
    }

    public Object[] args() {
        return args.clone();
    }
}
