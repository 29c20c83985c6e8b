package org.citizenhub.survey.reviews.domain;

import java.time.Instant;
import java.util.Objects;

/** When a review takes ratings: from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
public record ReviewPeriod(Instant opensAt, Instant closesAt) {

    public ReviewPeriod {
        Objects.requireNonNull(opensAt);
        Objects.requireNonNull(closesAt);
    }
}
