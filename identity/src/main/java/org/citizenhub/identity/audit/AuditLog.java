package org.citizenhub.identity.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only operation log of back-office users (kept at least 6 months, see V2 migration).
 * Records are written in the caller's transaction, so an operation and its log line commit together.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String targetType, String targetId, Map<String, ?> details) {
        jdbc.sql("""
                insert into admin_audit_log (occurred_at, actor_subject, actor_username, action, target_type,
                                             target_id, details)
                values (:at, :subject, :username, :action, :targetType, :targetId, cast(:details as jsonb))
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("subject", actor.subject())
                .param("username", actor.username())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("details", json.writeValueAsString(details))
                .update();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(String targetType, String targetId, int page, int size) {
        return jdbc.sql("""
                select id, occurred_at, actor_subject, actor_username, action, target_type, target_id,
                       details::text as details
                  from admin_audit_log
                 where (cast(:targetType as varchar) is null or target_type = :targetType)
                   and (cast(:targetId as varchar) is null or target_id = :targetId)
                 order by id desc
                 limit :size offset :offset
                """)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class)
                                .atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                        rs.getString("actor_subject"), rs.getString("actor_username"), rs.getString("action"),
                        rs.getString("target_type"), rs.getString("target_id"), rs.getString("details")))
                .list();
    }
}
