package org.citizenhub.audit;

import java.time.OffsetDateTime;

/**
 * One line of the operation log: who did what to which target, when. {@code details} is the JSON text that was
 * recorded (an object), passed through as it is stored.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actorSubject, String actorUsername,
                         String action, String targetType, String targetId, String details) {
}
