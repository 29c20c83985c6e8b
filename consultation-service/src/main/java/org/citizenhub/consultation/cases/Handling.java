package org.citizenhub.consultation.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.citizenhub.calendar.DeadlineClock;

/**
 * The case's own deadline while it is handled: the reply clock (consultations, error reports) or the initial
 * investigation (complaints, suggestions), then — once the handler promised a completion date — the completion
 * clock that ends on that date. Also the open question to the citizen and the pending extension.
 *
 * @param clock    the first deadline, "reply" or "investigation"
 * @param promise  the promised completion date and its clock; null until promised
 * @param question the question put to the citizen, and the answer once given; null if none was asked
 */
public record Handling(DeadlineClock clock, Promise promise, Question question, ExtensionRequest pendingExtension) {

    public static final String REPLY = "reply";
    public static final String INVESTIGATION = "investigation";
    public static final String COMPLETION = "completion";

    /** 承诺办结日期: recorded after the investigation; the citizen is told, and it becomes the case's deadline. */
    public record Promise(LocalDate date, String note, String by, Instant at, DeadlineClock clock) {
    }

    public record Question(String text, Instant askedAt, String answer, Instant answeredAt) {
    }

    public record ExtensionRequest(String deadline, int workingDays, String reason, String by, Instant at) {
    }

    /** The clock that counts now: the completion clock once a date was promised, the first one before. */
    public DeadlineClock current() {
        return promise != null ? promise.clock() : clock;
    }

    /** The name of {@link #current()}. */
    public String currentName(CaseKind kind) {
        if (promise != null) {
            return COMPLETION;
        }
        return kind.needsInvestigation() ? INVESTIGATION : REPLY;
    }

    Handling withCurrent(DeadlineClock updated) {
        return promise != null
                ? new Handling(clock, new Promise(promise.date(), promise.note(), promise.by(), promise.at(), updated),
                        question, pendingExtension)
                : new Handling(updated, null, question, pendingExtension);
    }

    Handling withQuestion(Question q) {
        return new Handling(clock, promise, q, pendingExtension);
    }

    Handling withPendingExtension(ExtensionRequest request) {
        return new Handling(clock, promise, question, request);
    }

    Handling withPromise(DeadlineClock stoppedInvestigation, Promise p) {
        return new Handling(stoppedInvestigation, p, question, pendingExtension);
    }
}
