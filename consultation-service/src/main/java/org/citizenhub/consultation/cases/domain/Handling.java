package org.citizenhub.consultation.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The case while it is handled, beside its deadline clocks (which live in the case's {@code CaseDeadlines}): the
 * promised completion date once recorded, the question put to the citizen, the pending extension request.
 *
 * @param promise  the promised completion date; null until promised
 * @param question the question put to the citizen, and the answer once given; null if none was asked
 */
public record Handling(Promise promise, Question question, ExtensionRequest pendingExtension) {

    public static final String REPLY = "reply";
    public static final String INVESTIGATION = "investigation";
    public static final String COMPLETION = "completion";

    static final Handling NEW = new Handling(null, null, null);

    /** 承诺办结日期: recorded after the investigation; the citizen is told, and it becomes the case's deadline. */
    public record Promise(LocalDate date, String note, String by, Instant at) {
    }

    public record Question(String text, Instant askedAt, String answer, Instant answeredAt) {
    }

    /** @param amount in the unit of the deadline's rule (working days, calendar days or working hours) */
    public record ExtensionRequest(String deadline, int amount, String reason, String by, Instant at) {
    }

    Handling withQuestion(Question q) {
        return new Handling(promise, q, pendingExtension);
    }

    Handling withPendingExtension(ExtensionRequest request) {
        return new Handling(promise, question, request);
    }

    Handling withPromise(Promise p) {
        return new Handling(p, question, null);
    }
}
