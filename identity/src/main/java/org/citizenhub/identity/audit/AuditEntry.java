package org.citizenhub.identity.audit;

import java.time.OffsetDateTime;

/** One line of the operation log: who did what to which target, when. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actorSubject, String actorUsername,
                         String action, String targetType, String targetId, String details) {
}
