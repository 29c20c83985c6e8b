package org.citizenhub.consultation.cases.domain;

/** A step the case's current state does not allow (409 case-not-in-state). */
public final class CaseStateException extends RuntimeException {

    private final CaseStatus status;

    public CaseStateException(CaseStatus status, String step) {
        super("A case in state " + status + " cannot be " + step);
        this.status = status;
    }

    public CaseStatus status() {
        return status;
    }
}
