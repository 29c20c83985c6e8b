package org.citizenhub.supervision.overdue;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event of a case service says about a case, in the read model's words: every service's events are
 * translated into these facts (one translation per service), and {@link CaseFold} folds them into one {@link CaseRow}.
 * Every fact carries what the event tells about the case (null where it does not tell) and when it happened
 * ({@code occurredAt}), which is what makes the fold order-tolerant across topics.
 */
sealed interface CaseFact {

    Header header();

    /**
     * @param service        mailbox, consultation, service-hall, survey
     * @param caseType       letter, consultation, complaint, suggestion, error-report, application,
     *                       rating-rectification, draft-feedback; null if the event does not tell
     * @param department     the handling department after the step; null if the event does not tell
     */
    record Header(String service, String caseId, String caseType, String trackingNumber, String department,
                  String site, String handlingSite, Instant occurredAt) {
        public Header {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** The case came in (submitted, opened): from then on it counts as received. */
    record Received(Header header, Instant receivedAt) implements CaseFact {
    }

    /** A step that only says who handles the case now (assigned, transferred, published...). */
    record Step(Header header) implements CaseFact {
    }

    /**
     * The deadline that counts after the step: set, extended, changed to another clock, or none running
     * ({@code dueAt} null, e.g. while the citizen is asked for information).
     */
    record DeadlineSet(Header header, String deadline, Instant dueAt) implements CaseFact {
    }

    /** platform/casework's announcement that a deadline is due soon (yellow card) or has passed (red card). */
    record DeadlineAnnounced(Header header, String deadline, Instant dueAt, boolean overdue) implements CaseFact {
    }

    /**
     * Answered, decided, refused, merged or feedback published: the case leaves the open items.
     *
     * @param onTime what the service says, null to compare {@code handledAt} with the deadline that counted
     */
    record Handled(Header header, Instant handledAt, Boolean onTime) implements CaseFact {
    }

    /** Opened again after handling (a letter reopened, a rectification reopened), with its new deadline. */
    record Reopened(Header header, String deadline, Instant dueAt) implements CaseFact {
    }
}
