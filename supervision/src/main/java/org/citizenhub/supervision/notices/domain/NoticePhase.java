package org.citizenhub.supervision.notices.domain;

import java.time.Instant;

/**
 * Where a notice stands, one value object per phase: a reply is awaited ({@link Issued}, {@link Returned} for a
 * further round, {@link Escalated} once the department head has it), a reply waits for the supervisor
 * ({@link Replied}), or the supervision is over ({@link Accepted}).
 */
public sealed interface NoticePhase {

    /** The phase's name in the API and the database: ISSUED, RETURNED, ESCALATED, REPLIED, ACCEPTED. */
    String name();

    int round();

    /** A reply of the department is awaited, by {@link #replyDueAt()}. */
    sealed interface AwaitingReply extends NoticePhase {
        Instant replyDueAt();
    }

    /** Round 1: the supervisor asked for measures. */
    record Issued(Instant at, Instant replyDueAt) implements AwaitingReply {
        @Override
        public String name() {
            return "ISSUED";
        }

        @Override
        public int round() {
            return 1;
        }
    }

    /** The supervisor sent the last reply back with a comment: another round, with a new deadline. */
    record Returned(int round, Instant at, String comment, Instant replyDueAt) implements AwaitingReply {
        @Override
        public String name() {
            return "RETURNED";
        }
    }

    /** The awaited reply is overdue and the department head has the notice now; a reply is still awaited. */
    record Escalated(AwaitingReply overdue, Instant at, String department) implements AwaitingReply {
        @Override
        public String name() {
            return "ESCALATED";
        }

        @Override
        public int round() {
            return overdue.round();
        }

        @Override
        public Instant replyDueAt() {
            return overdue.replyDueAt();
        }
    }

    /** The department answered; the supervisor accepts it or sends it back. */
    record Replied(int round, Instant at, String measures, boolean late) implements NoticePhase {
        @Override
        public String name() {
            return "REPLIED";
        }
    }

    /** The supervisor accepted the reply: the supervision is over. */
    record Accepted(Replied reply, Instant at) implements NoticePhase {
        @Override
        public String name() {
            return "ACCEPTED";
        }

        @Override
        public int round() {
            return reply.round();
        }
    }
}
