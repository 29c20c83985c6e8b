package org.citizenhub.supervision.overdue;

import java.time.Instant;

/** What an event of the service hall's 好差评 says about a rating, for {@code sv_rating}. */
sealed interface RatingFact {

    String ratingId();

    record Given(String ratingId, String department, String site, int satisfaction, boolean bad, Instant ratedAt)
            implements RatingFact {
    }

    /** A rectification opened: by the rating itself ({@code round} 0) or reopened by a supervisor (round n). */
    record RectificationOpened(String ratingId, String department, String site, int satisfaction, int round,
                               Instant openedAt) implements RatingFact {
    }

    /** The department completed the rectification of that round. */
    record RectificationCompleted(String ratingId, int round, Instant completedAt) implements RatingFact {
    }
}
