package org.citizenhub.supervision.overdue;

/**
 * 领导信箱 letters ({@code gov.hub.mailbox.letter}): submitted → received; accepted → the reply deadline; replied →
 * handled (with the service's own on-time verdict); rejected (also merged) → handled, as a decision; reopened →
 * open again with a new deadline; the letter's own due-soon / overdue as announcements.
 */
final class MailboxLetters implements EventTranslator {

    static final String TOPIC = "gov.hub.mailbox.letter";
    static final String SERVICE = "mailbox";
    static final String CASE_TYPE = "letter";
    static final String DEADLINE = "reply";
    private static final String PREFIX = "gov.hub.mailbox.letter.";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Translation translate(String type, Payload p) {
        if (!type.startsWith(PREFIX)) {
            return Translation.NOTHING;
        }
        if (type.equals(PREFIX + "submitted.v1")) {
            var submittedAt = p.requireInstant("submittedAt");
            return Translation.of(new CaseFact.Received(header(p, submittedAt), submittedAt));
        }
        if (!type.endsWith(".v1")) {
            return Translation.NOTHING;
        }
        var at = p.requireInstant("occurredAt");
        var h = header(p, at);
        return switch (p.requireText("event")) {
            case "accepted" -> Translation.of(new CaseFact.DeadlineSet(h, DEADLINE, p.instant("dueAt")));
            case "replied" -> Translation.of(new CaseFact.Handled(h, at, p.bool("onTime")));
            case "rejected" -> Translation.of(new CaseFact.Handled(h, at, null));
            case "reopened" -> Translation.of(new CaseFact.Reopened(h, DEADLINE, p.instant("dueAt")));
            case "due-soon" -> Translation.of(new CaseFact.DeadlineAnnounced(h, DEADLINE, p.requireInstant("dueAt"), false));
            case "overdue" -> Translation.of(new CaseFact.DeadlineAnnounced(h, DEADLINE, p.requireInstant("dueAt"), true));
            default -> Translation.of(new CaseFact.Step(h));
        };
    }

    private static CaseFact.Header header(Payload p, java.time.Instant at) {
        return new CaseFact.Header(SERVICE, p.requireText("letterId"), CASE_TYPE, p.requireText("trackingNumber"),
                p.text("department"), p.text("site"), p.text("handlingSite"), at);
    }
}
