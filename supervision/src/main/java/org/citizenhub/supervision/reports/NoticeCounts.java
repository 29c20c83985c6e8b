package org.citizenhub.supervision.reports;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citizenhub.supervision.reports.domain.Tally;
import org.springframework.stereotype.Component;

/**
 * Supervision notices (督办) issued in a period and how many were replied, per line of a report: a query of its own
 * over package {@code notices}' tables, which come with its migration V30. Until it is merged there is nothing to
 * count and reports show the two figures as unknown ("—"), not as zero.
 */
@Component
class NoticeCounts {

    /** Per line key (as {@link ReportQuery} keys its lines), or empty while notices are not available. */
    Optional<Map<ReportQuery.LineKey, Tally.NoticeTally>> count(Instant from, Instant until, Set<String> departments,
                                                                String service) {
        return Optional.empty();
    }
}
