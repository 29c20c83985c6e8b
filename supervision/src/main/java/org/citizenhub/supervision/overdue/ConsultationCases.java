package org.citizenhub.supervision.overdue;

import java.time.Instant;
import java.util.Locale;

/**
 * 咨询投诉 cases ({@code gov.hub.consultation.case}): every step carries the deadline that counts after it
 * ({@code deadline}, {@code dueAt}; none while e.g. the citizen is asked for information), so every step but the
 * ones after handling sets it. Replied → handled with the service's verdict; refused, merged → handled as a decision;
 * reopened → open again. Due-soon / overdue come over the shared deadline topic.
 */
final class ConsultationCases implements EventTranslator {

    static final String TOPIC = "gov.hub.consultation.case";
    static final String SERVICE = "consultation";
    private static final String PREFIX = "gov.hub.consultation.case.";

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
        var h = new CaseFact.Header(SERVICE, p.requireText("caseId"), caseType(p.requireText("kind")),
                p.requireText("trackingNumber"), p.text("department"), p.text("site"), p.text("handlingSite"), at);
        String deadline = p.text("deadline");
        Instant dueAt = p.instant("dueAt");
        return switch (p.requireText("event")) {
            case "submitted" -> Translation.of(new CaseFact.Received(h, at), new CaseFact.DeadlineSet(h, deadline, dueAt));
            case "replied" -> Translation.of(new CaseFact.Handled(h, at, p.bool("onTime")));
            case "refused", "merged" -> Translation.of(new CaseFact.Handled(h, at, null));
            case "reopened" -> Translation.of(new CaseFact.Reopened(h, deadline, dueAt));
            case "published", "rated", "closed", "followed-up", "urged" -> Translation.of(new CaseFact.Step(h));
            default -> Translation.of(new CaseFact.DeadlineSet(h, deadline, dueAt));
        };
    }

    /** ERROR_REPORT → error-report, the case types of the shared deadline events. */
    static String caseType(String kind) {
        return kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
