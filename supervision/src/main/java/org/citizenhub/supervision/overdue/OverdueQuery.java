package org.citizenhub.supervision.overdue;

import java.time.Instant;
import java.util.Set;

/**
 * One page request of the overdue view, scope already applied.
 *
 * @param departments    the departments the caller may see and asked for; null = every department
 * @param service        mailbox, consultation, service-hall, survey; null = all
 * @param kind           the case type; null = all
 * @param card           red, yellow; null = both
 * @param minDaysOverdue at least this many working days overdue (implies red); null = no minimum
 * @param site           the site the cases belong to; null = all
 * @param after          the keyset position after which the page starts; null = first page
 */
record OverdueQuery(Set<String> departments, String service, String kind, Card card, Integer minDaysOverdue,
                    String site, Sort sort, int size, Position after) {

    enum Card { RED, YELLOW }

    enum Sort {
        /** Earliest due first: the most overdue on top, then the reddest yellow. */
        MOST_OVERDUE,
        /** Latest due first: what has just turned red or yellow on top. */
        LATEST_DUE
    }

    /** The keyset: the last item of the previous page, in the order (due_at, service, case_id). */
    record Position(Instant dueAt, String service, String caseId) {
    }

    boolean nothingVisible() {
        return departments != null && departments.isEmpty();
    }
}
