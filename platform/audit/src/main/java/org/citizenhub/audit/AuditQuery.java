package org.citizenhub.audit;

import java.time.OffsetDateTime;

/**
 * Which entries an administrator wants to see; every criterion is optional and they combine with "and".
 *
 * @param from       entries that occurred at or after this instant
 * @param to         entries that occurred before this instant (exclusive, so consecutive periods do not overlap)
 * @param actor      the acting user's subject or username
 * @param action     e.g. {@code department.updated}
 * @param targetType e.g. {@code department}
 * @param targetId   e.g. {@code D-TRANSPORT}
 */
public record AuditQuery(OffsetDateTime from, OffsetDateTime to, String actor, String action, String targetType,
                         String targetId) {

    /** No criterion: the whole log. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
    }

    public static AuditQuery target(String targetType, String targetId) {
        return new AuditQuery(null, null, null, null, targetType, targetId);
    }

    /** Whether {@code to} lies before {@code from}; such a query can find nothing and is refused as a mistake. */
    public boolean periodReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
