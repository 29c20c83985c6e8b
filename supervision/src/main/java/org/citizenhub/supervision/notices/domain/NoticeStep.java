package org.citizenhub.supervision.notices.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a notice, as its history on the case shows it: the measures asked for, a reply with the
 * measures taken, a reply sent back with the supervisor's comment, the escalation, the acceptance.
 *
 * @param round  1 for the first request, one more for each reply sent back
 * @param text   measures asked / taken, or the supervisor's comment; null for an escalation
 * @param dueAt  the reply deadline a request (issue or return) set; null for the other kinds
 * @param target the department a notice went or escalated to; null for the other kinds
 */
public record NoticeStep(Kind kind, int round, Instant at, String actorSubject, String actorName, String actorRole,
                         String text, Instant dueAt, String target) {

    public enum Kind { ISSUED, REPLIED, RETURNED, ESCALATED, ACCEPTED }

    public NoticeStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorSubject, "actorSubject");
        if (round < 1) {
            throw new IllegalArgumentException("a round counts from 1: " + round);
        }
    }

    static NoticeStep by(Staff staff, Kind kind, int round, Instant at, String text, Instant dueAt, String target) {
        return new NoticeStep(kind, round, at, staff.subject(), staff.name(), staff.roleFor(kind), text, dueAt, target);
    }
}
