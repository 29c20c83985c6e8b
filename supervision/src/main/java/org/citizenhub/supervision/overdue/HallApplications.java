package org.citizenhub.supervision.overdue;

import java.time.Instant;

/**
 * 办件 of the service hall ({@code gov.hub.hall.application}): submitted → received; every step until the decision
 * carries the statutory deadline after it; decided (准予, 不予, 不予受理) → handled, on time when no later than the
 * deadline that counted. The department is the accepting department.
 */
final class HallApplications implements EventTranslator {

    static final String TOPIC = "gov.hub.hall.application";
    static final String SERVICE = "service-hall";
    static final String CASE_TYPE = "application";
    static final String DEADLINE = "statutory";
    private static final String PREFIX = "gov.hub.hall.application.";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Translation translate(String type, Payload p) {
        if (!type.startsWith(PREFIX) || !type.endsWith(".v1")) {
            return Translation.NOTHING;
        }
        Instant at = p.requireInstant("occurredAt");
        String site = p.text("site");
        var h = new CaseFact.Header(SERVICE, p.requireText("applicationId"), CASE_TYPE, p.requireText("trackingNumber"),
                p.requireText("acceptingDepartment"), site, site, at);
        Instant dueAt = p.instant("dueAt");
        return switch (p.requireText("event")) {
            case "submitted" -> Translation.of(new CaseFact.Received(h, at), new CaseFact.DeadlineSet(h, DEADLINE, dueAt));
            case "decided" -> Translation.of(new CaseFact.Handled(h, at, null));
            case "result-issued" -> Translation.of(new CaseFact.Step(h));
            default -> Translation.of(new CaseFact.DeadlineSet(h, DEADLINE, dueAt));
        };
    }
}
