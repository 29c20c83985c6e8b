package org.citizenhub.survey.hearings.domain;

import java.time.Instant;
import java.util.Objects;

/** Fixed at the announcement: the registration window, the hearing's time and its seats. */
public record HearingSchedule(Instant registrationOpensAt, Instant registrationClosesAt, Instant hearingAt,
                              int seats) {

    public HearingSchedule {
        Objects.requireNonNull(registrationOpensAt);
        Objects.requireNonNull(registrationClosesAt);
        Objects.requireNonNull(hearingAt);
    }
}
