package org.citizenhub.identity.audit;

import java.util.Objects;

/** Who performed a back-office operation: the token's subject and username. */
public record Actor(String subject, String username) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
    }
}
