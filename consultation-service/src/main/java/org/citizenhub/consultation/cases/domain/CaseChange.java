package org.citizenhub.consultation.cases.domain;

import java.time.Instant;
import java.util.Map;

import org.citizenhub.casework.actor.Actor;

/** One step taken on a case, as it goes into the append-only history (and, for most, onto the bus). */
public record CaseChange(Action action, CaseStatus from, CaseStatus to, Actor actor, Instant at,
                         Map<String, Object> details) {

    public CaseChange {
        details = Map.copyOf(details);
    }

    /** The steps; {@link #event()} names the integration event, null for steps other systems need not follow. */
    public enum Action {
        SUBMITTED("submitted"),
        ACCEPTED("accepted"),
        REFUSED("refused"),
        MERGED("merged"),
        DUPLICATE_MERGED_IN(null),
        DISPATCHED("dispatched"),
        DISPUTED("disputed"),
        REDISPATCHED("redispatched"),
        DISPUTE_OVERRULED("dispute-overruled"),
        CO_HANDLING_PART_SUBMITTED("co-handling-part-submitted"),
        TRANSFERRED("transferred"),
        INFORMATION_REQUESTED("information-requested"),
        INFORMATION_SUPPLIED("information-supplied"),
        EXTENSION_REQUESTED(null),
        EXTENSION_APPROVED("extended"),
        EXTENSION_REFUSED(null),
        COMPLETION_PROMISED("completion-promised"),
        REPLY_DRAFTED(null),
        REPLY_SENT_BACK(null),
        REPLIED("replied"),
        PUBLISHED("published"),
        RATED("rated"),
        REOPENED("reopened"),
        CLOSED("closed"),
        FOLLOWED_UP("followed-up"),
        URGED("urged"),
        DUE_SOON(null),
        OVERDUE(null);

        private final String event;

        Action(String event) {
            this.event = event;
        }

        public String event() {
            return event;
        }
    }
}
