package org.citizenhub.survey.reviews.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a review stands, one value object per phase: (upcoming →) open → closed → results published. The period
 * moves a review from upcoming to closed by itself; the publication is a fact recorded when it happens.
 */
public sealed interface ReviewPhase {

    ReviewPeriod period();

    /** The phase's stable name ({@code open}, {@code results-published}, ...). */
    String name();

    default Optional<Instant> resultsPublishedAt() {
        return Optional.empty();
    }

    /** Announced; the period has not begun. */
    record Upcoming(ReviewPeriod period) implements ReviewPhase {
        public String name() {
            return "upcoming";
        }
    }

    record Open(ReviewPeriod period) implements ReviewPhase {
        public String name() {
            return "open";
        }
    }

    /** The period has ended; the results are tallied and wait for their publication. */
    record Closed(ReviewPeriod period) implements ReviewPhase {
        public String name() {
            return "closed";
        }
    }

    record ResultsPublished(ReviewPeriod period, Instant publishedAt) implements ReviewPhase {
        public ResultsPublished {
            Objects.requireNonNull(publishedAt);
        }

        public String name() {
            return "results-published";
        }

        @Override
        public Optional<Instant> resultsPublishedAt() {
            return Optional.of(publishedAt);
        }
    }

    /** The phase at {@code now}, from the period and the publication if it happened. */
    static ReviewPhase at(ReviewPeriod period, Optional<Instant> resultsPublishedAt, Instant now) {
        if (resultsPublishedAt.isPresent()) {
            return new ResultsPublished(period, resultsPublishedAt.get());
        }
        if (now.isBefore(period.opensAt())) {
            return new Upcoming(period);
        }
        return now.isBefore(period.closesAt()) ? new Open(period) : new Closed(period);
    }
}
