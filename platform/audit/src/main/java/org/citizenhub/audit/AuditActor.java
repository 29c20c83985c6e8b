package org.citizenhub.audit;

import java.util.Objects;

/**
 * Who performed a back-office operation: the token's subject (the stable Keycloak user id) and the username shown to
 * people reading the log. The username is kept as it was at the time, since accounts get renamed.
 */
public record AuditActor(String subject, String username) {

    public AuditActor {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("an audited actor needs a subject");
        }
    }
}
