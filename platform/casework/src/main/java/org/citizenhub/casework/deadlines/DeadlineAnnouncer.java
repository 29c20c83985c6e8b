package org.citizenhub.casework.deadlines;

import java.time.Instant;
import java.util.List;

/**
 * What a service gives the {@link DeadlineWatch}: which of its cases have an announcement due, and how to make it
 * for one case. Register it as a bean; the watch is then set up by the auto-configuration.
 *
 * <p>Typically: {@code dueCases} selects ids where the stored {@link CaseDeadlines#nextAnnouncementAt} column is
 * {@code <= now}, ordered by it; {@code announce} loads that case in a transaction of its own, takes
 * {@link CaseDeadlines#due}, publishes a {@link DeadlineAnnounced} per item, records it with
 * {@link CaseDeadlines#announced} (and the service's own history step) and saves under the case's optimistic lock.
 *
 * @param <ID> the service's case id type
 */
public interface DeadlineAnnouncer<ID> {

    /**
     * Stable name, lower-case letters, digits and '-' (e.g. {@code mailbox-letters}); names the ShedLock lock
     * ({@code deadline-watch-<name>}), the metrics tag and the log lines.
     */
    String name();

    /** Ids of cases with an announcement due at {@code now}, most urgent first, at most {@code limit}. */
    List<ID> dueCases(Instant now, int limit);

    /**
     * Makes the announcements due for one case in its own transaction; returns how many were made (0 when none
     * is due any more, e.g. someone answered the case meanwhile). An exception fails this case only: the watch
     * counts and logs it, goes on with the others and retries the case later.
     */
    int announce(ID caseId, Instant now);
}
