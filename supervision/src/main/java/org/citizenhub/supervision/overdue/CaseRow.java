package org.citizenhub.supervision.overdue;

import java.time.Instant;

/**
 * One row of {@code sv_case}: the read model of one case of any service. It is a projection (the services own the
 * cases), so it is one flat row; the phases live in the services' aggregates.
 *
 * @param deadlineOccurredAt when the deadline columns were last set: an older deadline event never undoes a newer one
 * @param handledOccurredAt  when the case was last handled or reopened: an older announcement never reopens it
 * @param departmentOccurredAt when the department was last told: the newest event names the department
 * @param onTimeTold         whether {@code onTime} is the service's verdict (else computed from the deadline)
 */
record CaseRow(String service, String caseType, String caseId, String trackingNumber, String department,
               String site, String handlingSite, Instant receivedAt, Instant dueAt, String deadline,
               Instant dueSoonAt, Instant handledAt, Boolean onTime, Integer workingDays, Instant lastOccurredAt,
               Instant deadlineOccurredAt, Instant handledOccurredAt, Instant departmentOccurredAt,
               boolean onTimeTold) {

    static CaseRow empty(CaseFact.Header h) {
        return new CaseRow(h.service(), h.caseType(), h.caseId(), h.trackingNumber(), h.department(), h.site(),
                h.handlingSite(), null, null, null, null, null, null, null, h.occurredAt(), null, null,
                h.department() == null ? null : h.occurredAt(), false);
    }

    boolean handled() {
        return handledAt != null;
    }
}
