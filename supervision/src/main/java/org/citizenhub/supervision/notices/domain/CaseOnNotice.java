package org.citizenhub.supervision.notices.domain;

import java.util.Objects;

/**
 * The case a notice supervises, as the read model knew it when the notice was issued: the notice goes to the
 * department handling the case then, even if the case moves on later.
 *
 * @param trackingNumber the number the citizen quotes; may be null if the read model does not know it
 * @param site           the site (集约化) of the department the notice goes to; null if unknown
 */
public record CaseOnNotice(String service, String caseType, String caseId, String trackingNumber, String department,
                           String site) {

    public CaseOnNotice {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(department, "department");
    }

    /** How a person names the case: {@code mailbox ML20261116000001}, or its id without a tracking number. */
    public String label() {
        return service + " " + (trackingNumber != null ? trackingNumber : caseId);
    }
}
