package org.citizenhub.hall.catalogue.domain;

import java.time.Instant;
import java.util.Objects;

/** When a step happened and who took it (the staff member's username). */
public record Stamp(Instant at, String by) {

    public Stamp {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
