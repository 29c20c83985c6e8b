package org.citizenhub.survey.hearings.domain;

import java.time.Instant;
import java.util.Objects;

/** The published record (听证笔录) of a held hearing. */
public record HearingRecord(String text, Instant publishedAt) {

    public HearingRecord {
        Objects.requireNonNull(text);
        Objects.requireNonNull(publishedAt);
    }
}
