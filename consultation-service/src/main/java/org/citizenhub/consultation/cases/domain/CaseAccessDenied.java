package org.citizenhub.consultation.cases.domain;

/** The actor may not take this step on this case; answered as 404 so that the case's existence does not leak. */
public final class CaseAccessDenied extends RuntimeException {
    public CaseAccessDenied(String message) {
        super(message);
    }
}
