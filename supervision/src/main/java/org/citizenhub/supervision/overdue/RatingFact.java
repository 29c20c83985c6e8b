package org.citizenhub.supervision.overdue;

import java.time.Instant;

/**
 * What an event says about a rating, for {@code sv_rating}: the service hall's 好差评 (with rectification rounds), and
 * the citizens' ratings of letters and consultation cases (keyed by the case id: one rating per case, the newest).
 */
sealed interface RatingFact {

    String service();

    String ratingId();

    record Given(String service, String ratingId, String department, String site, int satisfaction, boolean bad,
                 Instant ratedAt) implements RatingFact {
    }

    /** A rectification opened: by the rating itself ({@code round} 0) or reopened by a supervisor (round n). */
    record RectificationOpened(String service, String ratingId, String department, String site, int satisfaction, int round,
                               Instant openedAt) implements RatingFact {
    }

    /** The department completed the rectification of that round. */
    record RectificationCompleted(String service, String ratingId, int round, Instant completedAt) implements RatingFact {
    }

    /**
     * A letter's or case's rating (SATISFIED / BASICALLY_SATISFIED / UNSATISFIED) on the hall's 1–5 scale: 5, 4
     * (基本满意 counts as satisfied, as usual) and 2 (不满意: a bad rating, 差评, as the hall's 2 and 1).
     */
    static Given ofCaseRating(String service, String caseId, String department, String site, String rating,
                              Instant ratedAt) {
        int satisfaction = switch (rating) {
            case "SATISFIED" -> 5;
            case "BASICALLY_SATISFIED" -> 4;
            case "UNSATISFIED" -> 2;
            default -> throw new Payload.UnreadableEvent("unknown rating " + rating);
        };
        return new Given(service, caseId, department, site, satisfaction, satisfaction <= 2, ratedAt);
    }
}
