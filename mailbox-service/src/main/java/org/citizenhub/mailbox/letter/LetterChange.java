package org.citizenhub.mailbox.letter;

import java.time.Instant;
import java.util.Map;

import org.citizenhub.casework.actor.Actor;

/**
 * One step in a letter's append-only history: who did what, when, from which state to which, with the details
 * that step carries (reason, departments, rating...). The application service stores it and derives the
 * integration events from it.
 */
public record LetterChange(Action action, LetterStatus from, LetterStatus to, Actor actor, Instant at,
                           Map<String, Object> details) {

    public LetterChange {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The steps; those with an event name are published to other systems. */
    public enum Action {
        SUBMITTED("submitted"),
        ACCEPTED("accepted"),
        NOT_ACCEPTED("rejected"),
        MERGED("rejected"),
        ASSIGNED("assigned"),
        TRANSFERRED("transferred"),
        INFORMATION_REQUESTED(null),
        INFORMATION_SUPPLIED(null),
        EXTENSION_REQUESTED(null),
        EXTENSION_APPROVED(null),
        EXTENSION_REFUSED(null),
        REPLY_DRAFTED(null),
        REPLY_SENT_BACK(null),
        REPLIED("replied"),
        PUBLISHED("published"),
        RATED("rated"),
        REOPENED("reopened"),
        CLOSED(null),
        DUE_SOON("due-soon"),
        OVERDUE("overdue"),
        /** The mailbox's owner department changed and the letter moved to its office; internal, like screening notes. */
        OFFICE_CHANGED(null);

        private final String event;

        Action(String event) {
            this.event = event;
        }

        /** The event name in {@code gov.hub.mailbox.letter.<event>.v1}, or null for an internal step. */
        public String event() {
            return event;
        }
    }
}
