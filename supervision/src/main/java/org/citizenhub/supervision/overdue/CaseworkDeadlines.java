package org.citizenhub.supervision.overdue;

import java.time.Instant;

/**
 * The shared due-soon / overdue announcements of every case service ({@code gov.hub.casework.deadlines}, one schema).
 * The case is found by the service's own case id, except where the service's other events know the case by its
 * number only (a survey draft, a hall rating's rectification): there the tracking number is the key.
 */
final class CaseworkDeadlines implements EventTranslator {

    static final String TOPIC = "gov.hub.casework.deadlines";
    static final String DUE_SOON = "gov.hub.casework.deadline.due-soon.v1";
    static final String OVERDUE = "gov.hub.casework.deadline.overdue.v1";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Translation translate(String type, Payload p) {
        boolean overdue;
        if (DUE_SOON.equals(type)) {
            overdue = false;
        } else if (OVERDUE.equals(type)) {
            overdue = true;
        } else {
            return Translation.NOTHING;
        }
        String service = p.requireText("service");
        String caseType = p.requireText("caseType");
        String trackingNumber = p.requireText("trackingNumber");
        Instant at = p.requireInstant("occurredAt");
        var h = new CaseFact.Header(service, caseKey(service, caseType, p.requireText("caseId"), trackingNumber),
                caseType, trackingNumber, p.text("department"), p.text("site"), p.text("handlingSite"), at);
        return Translation.of(new CaseFact.DeadlineAnnounced(h, p.requireText("deadline"), p.requireInstant("dueAt"),
                overdue));
    }

    static String caseKey(String service, String caseType, String caseId, String trackingNumber) {
        boolean knownByNumber = SurveyDrafts.SERVICE.equals(service)
                || (HallRatings.SERVICE.equals(service) && HallRatings.CASE_TYPE.equals(caseType));
        return knownByNumber ? trackingNumber : caseId;
    }
}
