package org.citizenhub.supervision.exchange.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The families of events other systems subscribe to, one Keycloak client scope each ({@code events.<family>}): the
 * topic {@code gov.hub.<family>.…} belongs to its family.
 */
public enum EventFamily {
    MAILBOX, CONSULTATION, HALL, SURVEY, CASEWORK, SUPERVISION;

    /** The name in APIs, scopes and topics, e.g. {@code mailbox}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The OAuth2 scope a machine client needs to pull this family's events. */
    public String scope() {
        return "events." + id();
    }

    public static Optional<EventFamily> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** {@code gov.hub.mailbox.letter} → mailbox; topics outside the hub's families have none. */
    public static Optional<EventFamily> ofTopic(String topic) {
        String[] parts = topic.split("\\.");
        return parts.length >= 3 && parts[0].equals("gov") && parts[1].equals("hub") ? of(parts[2]) : Optional.empty();
    }
}
