package org.citizenhub.consultation.cases.domain;

import java.time.Instant;

/** The citizen's rating of the reply. */
public record Evaluation(Rating rating, String comment, Instant at) {

    public enum Rating { SATISFIED, BASICALLY_SATISFIED, UNSATISFIED }
}
