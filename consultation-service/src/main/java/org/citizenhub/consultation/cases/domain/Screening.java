package org.citizenhub.consultation.cases.domain;

import java.time.Instant;

/**
 * The dispatch centre's decision on a new case.
 *
 * @param refusal    why it was not accepted (REFUSED only)
 * @param mergedInto the case it duplicates (MERGED only)
 */
public record Screening(Outcome outcome, String by, Instant at, String note, RefusalReason refusal,
                        String mergedInto) {

    public enum Outcome { ACCEPTED, REFUSED, MERGED }

    /** Why a case is not accepted; the citizen is told the reason and the explanation. */
    public enum RefusalReason { OUT_OF_SCOPE, IN_LEGAL_PROCEEDINGS, INSUFFICIENT_INFORMATION, ABUSIVE, OTHER }

    static Screening accepted(String by, Instant at, String note) {
        return new Screening(Outcome.ACCEPTED, by, at, note, null, null);
    }

    static Screening refused(String by, Instant at, RefusalReason reason, String explanation) {
        return new Screening(Outcome.REFUSED, by, at, explanation, reason, null);
    }

    static Screening merged(String by, Instant at, String into) {
        return new Screening(Outcome.MERGED, by, at, null, null, into);
    }
}
